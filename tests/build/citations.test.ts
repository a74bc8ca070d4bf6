// "Jak cytować" on every indicator, series and programme page of the fixture: publisher, title, the
// date the data last changed (from git, as `git log` gives it for the programme's folder) and the
// page's absolute address when SITE_URL is set; without SITE_URL the build succeeds, warns once,
// and the citation says the address is not configured instead of giving a relative path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { SITE_URL_WARNING } from '../../scripts/lib/buildSteps.ts';
import { formatDate } from '../../src/lib/format.ts';
import { buildFixture, buildFolder, FIXTURE } from '../support/fixtures.ts';

const SITE_URL = 'https://dane.example.pl';
const withUrl = buildFolder('cite-url-');
const without = buildFolder('cite-none-');
let outputWithout = '';

beforeAll(() => {
  const a = buildFixture(withUrl, SITE_URL);
  expect(a.status, a.output.slice(-3000)).toBe(0);
  const b = buildFixture(without, undefined);
  expect(b.status, b.output.slice(-3000)).toBe(0);
  outputWithout = b.output;
}, 600_000);
afterAll(() => [withUrl, without].forEach((f) => rmSync(f.dir, { recursive: true, force: true })));

/** Pages that must cite: programmes, series, indicators (not the explorer's further pages). */
const citingPages = (root: string) =>
  htmlPages(root).filter(
    (p) =>
      /^programy\/[^/]+\/index\.html$/.test(p) ||
      /^wskazniki\/serie\/[^/]+\/index\.html$/.test(p) ||
      (/^wskazniki\/[^/]+\/[^/]+\/index\.html$/.test(p) && !/^wskazniki\/(serie|strona)\//.test(p)),
  );
const page = (root: string, p: string): HTMLElement => parse(readFileSync(join(root, p), 'utf8'));
const citationOf = (root: HTMLElement) => root.querySelector('p.citation')?.text.replace(/\s+/g, ' ').trim();
const organisation = (id: string) =>
  (parseYaml(readFileSync(join(FIXTURE, 'organisations', `${id}.yaml`), 'utf8')) as { name: string }).name;
const programmeOrganisation = (slug: string) =>
  /^organisation:\s*(\S+)/m.exec(readFileSync(join(FIXTURE, 'programmes', slug, 'index.mdx'), 'utf8'))![1]!;
const gitDate = (path: string) => execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8' }).trim();

describe(`citations with SITE_URL=${SITE_URL}`, () => {
  it('every programme, series and indicator page cites its canonical, absolute address', () => {
    const pages = citingPages(withUrl.out);
    expect(pages.filter((p) => p.startsWith('wskazniki/serie/')).length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.startsWith('programy/')).length).toBeGreaterThan(1);
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const root = page(withUrl.out, p);
      const address = `${SITE_URL}/${p.replace(/index\.html$/, '')}`;
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), p).toBe(address);
      const text = citationOf(root);
      expect(text, p).toContain(`${address} [dostęp:`);
      expect(text, p).toContain('Miernik');
      expect(root.querySelector('h2#cytowanie')?.text, p).toBe('Jak cytować');
    }
  });

  it("a programme's citation names its municipality, its title and the date git gives for the programme's files", () => {
    for (const p of citingPages(withUrl.out).filter((x) => x.startsWith('programy/'))) {
      const slug = p.split('/')[1]!;
      const root = page(withUrl.out, p);
      const text = citationOf(root)!;
      expect(text.startsWith(`${organisation(programmeOrganisation(slug))}. ${root.querySelector('h1')!.text.trim()}. `), text).toBe(true);
      const date = gitDate(join(FIXTURE, 'programmes', slug));
      expect(date).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(text).toContain(`stan danych na ${formatDate(date)} r.`);
    }
  });

  it('an indicator cites its label within its programme', () => {
    const p = citingPages(withUrl.out).find((x) => x.startsWith('wskazniki/demo-2024-2026/'))!;
    const root = page(withUrl.out, p);
    const text = citationOf(root)!;
    expect(text).toContain(`${root.querySelector('h1')!.text.trim()}. `);
    expect(text).toContain(organisation(programmeOrganisation('demo-2024-2026')));
  });
});

describe('citations without SITE_URL', () => {
  it('the build prints the warning exactly once', () => {
    expect(outputWithout.split(SITE_URL_WARNING).length - 1).toBe(1);
    expect(outputWithout.match(/SITE_URL/g)?.length).toBe(SITE_URL_WARNING.match(/SITE_URL/g)!.length);
  });

  it('every citation says the address is not configured, and gives no relative path', () => {
    const pages = citingPages(without.out);
    expect(pages.length).toBe(citingPages(withUrl.out).length);
    for (const p of pages) {
      const text = citationOf(page(without.out, p))!;
      expect(text, p).toContain('Adres internetowy serwisu nie został skonfigurowany');
      expect(text, p).not.toMatch(/\/(wskazniki|programy)\//);
      expect(text, p).not.toContain('[dostęp:');
    }
  });
});
