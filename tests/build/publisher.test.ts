// What a publisher expects of a site (issue 16): robots.txt, a sitemap of every page meant for search
// engines, a canonical link on each of them when the address is known (SITE_URL), a Polish 404
// page, and the publisher's facts from content/site.yaml on the accessibility statement and in
// the quick exit. The run's own build (no SITE_URL, the real content) and one extra build of the
// fixture with SITE_URL under a sub-path (https://example.org/miernik/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';

const UNKNOWN = 'nie ustalono — dane zostaną uzupełnione przez wydawcę serwisu';
const SITE_URL = 'https://example.org/miernik/';
/** Pages that tell search engines noindex: the search page and the 404 page. */
// The search and 404 pages, also in Ukrainian and English (issue 20).
const NOT_FOR_ENGINES = [
  '404.html',
  'szukaj/index.html',
  ...['en', 'uk'].flatMap((lang) => [`${lang}/404/index.html`, `${lang}/szukaj/index.html`]),
].sort();

const html = (root: string, page: string) => parseHtml(readFileSync(join(root, page), 'utf8'));
/** `a/b/index.html` → `a/b/`, `index.html` → ``. */
const pathOf = (page: string) => page.replace(/(^|\/)index\.html$/, '$1');
const canonicals = (root: HTMLElement) => root.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href'));
const robotsMeta = (root: HTMLElement) => root.querySelector('meta[name="robots"]')?.getAttribute('content');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

interface Facts {
  publisher?: string;
  contact?: { person?: string; email?: string; phone?: string };
  publishedOn?: string;
  updatedOn?: string;
  statementPreparedOn?: string;
  quickExitUrl?: string;
}
const factsOf = (contentDir: string): Facts => {
  const file = join(contentDir, 'site.yaml');
  return existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) ?? {}) : {};
};

/** The statement's fact fields (ids of the Polish template) against what site.yaml says, or „nie ustalono”. */
function expectStatement(root: HTMLElement, facts: Facts, url: string | undefined) {
  const text = (id: string) => root.getElementById(id)!.textContent.trim();
  expect(text('a11y-podmiot')).toBe(facts.publisher ?? UNKNOWN);
  expect(text('a11y-url')).toBe(url ?? UNKNOWN);
  expect(text('a11y-data-publikacja')).toBe(facts.publishedOn ?? UNKNOWN);
  expect(text('a11y-data-aktualizacja')).toBe(facts.updatedOn ?? UNKNOWN);
  expect(text('a11y-data-sporzadzenie')).toBe(facts.statementPreparedOn ?? UNKNOWN);
  expect(text('a11y-osoba')).toBe(facts.contact?.person ?? UNKNOWN);
  expect(text('a11y-email')).toBe(facts.contact?.email ?? UNKNOWN);
  // The phone number in one piece: its spaces are no-break spaces (the tel: link has digits only).
  expect(text('a11y-telefon')).toBe(facts.contact?.phone?.replace(/ /g, '\u00a0') ?? UNKNOWN);
}

const exitLinks = (root: HTMLElement) => root.querySelectorAll('a[data-exit]').map((a) => a.getAttribute('href'));

describe('the run’s build (no SITE_URL)', () => {
  const pages = htmlPages();

  it('robots.txt lets every crawler in and names no sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('writes no sitemap (a sitemap needs absolute URLs) and no canonical link on any page', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(DIST, 'sitemap-0.xml'))).toBe(false);
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((p) => canonicals(html(DIST, p)).length > 0)).toEqual([]);
  });

  it('marks only the search and 404 pages noindex', () => {
    expect(pages.filter((p) => robotsMeta(html(DIST, p)) !== undefined).sort()).toEqual(NOT_FOR_ENGINES);
    for (const p of NOT_FOR_ENGINES) expect(robotsMeta(html(DIST, p))).toBe('noindex');
  });

  describe('the 404 page', () => {
    const page = html(DIST, '404.html');
    const main = page.querySelector('main')!;
    const text = main.textContent.replace(/\s+/g, ' ');

    it('says in Polish what happened', () => {
      expect(page.querySelector('html')!.getAttribute('lang')).toBe('pl');
      expect(main.querySelector('h1')!.textContent).toBe('Nie ma takiej strony');
      expect(text).toContain('Pod tym adresem nie ma żadnej strony.');
      expect(page.querySelector('title')!.textContent).toBe('Nie ma takiej strony — Miernik');
    });

    it('has a search form of its own that sends the words to /szukaj/', () => {
      const form = main.querySelector('form[role="search"]')!;
      expect(form.getAttribute('action')).toBe('/szukaj/');
      expect(form.getAttribute('method')).toBe('get');
      const input = form.querySelector('input[type="search"]')!;
      expect(input.getAttribute('name')).toBe('q');
      expect(form.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Czego szukasz?');
      expect(form.querySelector('button[type="submit"]')!.textContent).toBe('Szukaj');
    });

    it('links home and to help, and shows the emergency number 112', () => {
      const links = main.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.textContent]);
      expect(links).toContainEqual(['/', 'Strona główna serwisu']);
      expect(links).toContainEqual(['/pomoc/', 'Gdzie szukać pomocy — instytucje, które pomagają']);
      expect(links).toContainEqual(['tel:112', '112']);
      expect(main.querySelector('aside.emergency h2')!.textContent).toBe('Jesteś w niebezpieczeństwie?');
    });

    it('is left out of the site’s search index and of search engines', () => {
      expect(main.getAttribute('data-pagefind-body')).toBeUndefined();
      expect(robotsMeta(page)).toBe('noindex');
    });
  });

  it('the accessibility statement states content/site.yaml’s facts, and „nie ustalono” for each missing one', () => {
    expectStatement(html(DIST, 'deklaracja-dostepnosci/index.html'), factsOf('content'), undefined);
  });

  it('the quick exit leads where content/site.yaml says', () => {
    const target = factsOf('content').quickExitUrl ?? 'https://pogoda.onet.pl/';
    for (const p of ['index.html', '404.html', 'pomoc/index.html']) expect(exitLinks(html(DIST, p)), p).toEqual([target, target]);
  });
});

describe(`a build with SITE_URL=${SITE_URL} (the fixture)`, () => {
  const { dir, out, cache } = buildFolder('publisher-');
  let pages: string[] = [];
  beforeAll(() => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MIERNIK_CONTENT: FIXTURE,
      MIERNIK_OUT: out,
      MIERNIK_CACHE_DIR: cache,
      MIERNIK_ALLOW_SHALLOW: '1',
      SITE_URL,
    };
    // Vitest puts its own BASE_URL ('/') into process.env, and Astro's import.meta.env.BASE_URL
    // would take it over from the environment (src/lib/urls.ts reads it): the base must come from SITE_URL.
    delete env.SITE_BASE;
    delete env.BASE_URL;
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
    pages = htmlPages(out);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every page but the search and 404 pages has one canonical link: its absolute address with the base path', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const root = html(out, p);
      if (NOT_FOR_ENGINES.includes(p)) expect(canonicals(root), p).toEqual([]);
      else expect(canonicals(root), p).toEqual([`${SITE_URL}${pathOf(p)}`]);
    }
  });

  it('the sitemap lists every page for search engines, by absolute URL, and nothing else', () => {
    const index = locs(readFileSync(join(out, 'sitemap-index.xml'), 'utf8'));
    expect(index).toEqual([`${SITE_URL}sitemap-0.xml`]);
    const listed = locs(readFileSync(join(out, 'sitemap-0.xml'), 'utf8'));
    const expected = pages.filter((p) => !NOT_FOR_ENGINES.includes(p)).map((p) => `${SITE_URL}${pathOf(p)}`);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(listed).toContain(`${SITE_URL}gminy/demo/`); // out of the site's own search, but a page for search engines
    expect(listed).toContain(`${SITE_URL}wskazniki/demo-2024-2026/porady-a/`);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('robots.txt names the sitemap’s absolute URL', () => {
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_URL}sitemap-index.xml\n`);
  });

  it('the accessibility statement states the fixture’s facts and the site’s address, e-mail and phone as links', () => {
    const root = html(out, 'deklaracja-dostepnosci/index.html');
    const facts = factsOf(FIXTURE);
    // The fixture fills in every fact the statement shows, so each one below is really checked.
    expect(facts.publisher).toMatch(/\S/);
    expect(facts.contact?.email).toMatch(/@/);
    expect(facts.contact?.phone).toMatch(/\d/);
    expect(facts.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectStatement(root, facts, SITE_URL);
    expect(root.querySelector('#a11y-email a')!.getAttribute('href')).toBe(`mailto:${facts.contact!.email}`);
    expect(root.querySelector('#a11y-telefon a')!.getAttribute('href')).toBe(`tel:${facts.contact!.phone!.replace(/\s/g, '')}`);
  });

  it('the quick exit leads to the fixture’s quickExitUrl on every page', () => {
    const target = factsOf(FIXTURE).quickExitUrl!;
    expect(target).not.toBe('https://pogoda.onet.pl/');
    for (const p of pages) expect(exitLinks(html(out, p)), p).toEqual([target, target]);
  });
});
