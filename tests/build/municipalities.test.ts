// Each municipality's own page (/gminy/<id>/): its help by need, every institution and every
// programme of that municipality, reached from /pomoc/ and /programy/. The real site is small
// enough for the home page to list every programme (tests/build/scale.test.ts covers a portal).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { DIST, readDist } from '../../scripts/lib/dist.ts';

const programmes = JSON.parse(readDist('dane/programy.json')) as { url: string; organisationSlug: string }[];
const institutions = readdirSync('content/institutions').map((f) => ({
  url: `/pomoc/${f.replace(/\.yaml$/, '')}/`,
  organisation: (parseYaml(readFileSync(join('content/institutions', f), 'utf8')) as { organisation: string }).organisation,
}));
const organisations = [...new Set([...programmes.map((p) => p.organisationSlug), ...institutions.map((i) => i.organisation)])];
const hrefs = (path: string) =>
  parseHtml(readDist(path))
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href')!);

describe('municipality pages', () => {
  it.each(organisations)('/gminy/%s/ lists exactly its programmes and its institutions', (org) => {
    const path = `gminy/${org}/index.html`;
    expect(existsSync(join(DIST, path))).toBe(true);
    const links = new Set(hrefs(path));
    const own = (url: string) => links.has(url);
    expect(programmes.filter((p) => p.organisationSlug === org).every((p) => own(p.url))).toBe(true);
    expect(programmes.filter((p) => p.organisationSlug !== org).some((p) => own(p.url))).toBe(false);
    expect(institutions.filter((i) => i.organisation === org).every((i) => own(i.url))).toBe(true);
    expect(institutions.filter((i) => i.organisation !== org).some((i) => own(i.url))).toBe(false);
  });

  it.each([
    ['pomoc/index.html', (o: string) => institutions.some((i) => i.organisation === o)],
    ['programy/index.html', (o: string) => programmes.some((p) => p.organisationSlug === o)],
  ])('%s leads to the page of every municipality it lists', (page, lists) => {
    const linked = new Set(hrefs(page).filter((h) => h.startsWith('/gminy/')));
    expect([...linked].sort()).toEqual(
      organisations
        .filter(lists)
        .map((o) => `/gminy/${o}/`)
        .sort(),
    );
  });

  it('the home page of a site this small lists every programme', () => {
    expect(new Set(hrefs('index.html').filter((h) => /^\/programy\/[^/]+\/$/.test(h))).size).toBe(programmes.length);
  });
});
