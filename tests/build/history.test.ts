// The change history and the Atom feeds (issue 21) on a build of its own: the fixture content as a
// git repository of three commits — published on 10 January 2025, a target corrected from 1 200
// to 1 250 on 5 March 2025, a report for 2025 added on 1 June 2025 — built with SITE_URL. The corrected indicator's page shows the correction
// (date, from → to), an unchanged one says since when nothing changed, the programme page lists
// the change, and both feeds are valid Atom whose entries are the history's. The run's own build
// (real content) is checked for valid feeds and the site feed's link on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';

const SITE_URL = 'https://example.org/';
const SLUG = 'demo-2024-2026';
const GOAL = `programmes/${SLUG}/goals/1.mdx`;
const folder = buildFolder('history-');
const content = join(folder.dir, 'content');
afterAll(() => rmSync(folder.dir, { recursive: true, force: true }));

/** git in the temporary content repository, with fixed dates and identity (no user config needed). */
function git(args: string[], date?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  execFileSync('git', ['-c', 'user.name=Redakcja', '-c', 'user.email=redakcja@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: content,
    env,
    stdio: 'ignore',
  });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const page = (path: string) => parseHtml(readFileSync(join(folder.out, path), 'utf8'));
const atomLinks = (root: HTMLElement) =>
  root.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'));

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: { '@rel': string; '@href': string };
  summary: string;
}
/** A feed parsed, after checking it is well-formed and has what RFC 4287 requires of a feed and each entry. */
function atom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link'].includes(name),
  }).parse(xml);
  const feed = parsed.feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
  expect(feed.id).toMatch(/^tag:/);
  expect(String(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(rfc3339);
  expect(String(feed.author.name).length).toBeGreaterThan(0);
  expect(feed.link.filter((l: Entry['link']) => l['@rel'] === 'self')).toHaveLength(1);
  const entries: Entry[] = (feed.entry ?? []).map((e: Omit<Entry, 'link'> & { link: Entry['link'][] }) => ({ ...e, link: e.link[0]! }));
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:miernik,2026:/);
    expect(String(e.title).length).toBeGreaterThan(0);
    expect(e.updated).toMatch(rfc3339);
    // A path of the site, absolute when SITE_URL is set.
    expect(e.link['@href']).toMatch(/^(https?:\/\/[^/\s]+)?\/\S*$/);
    expect(String(e.summary).length).toBeGreaterThan(0);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  // updated is the newest entry's time
  if (entries.length > 0)
    expect(feed.updated).toBe(
      entries
        .map((e) => e.updated)
        .sort()
        .at(-1),
    );
  return { feed, entries };
}

describe('a correction committed to a content repository', () => {
  beforeAll(() => {
    cpSync(FIXTURE, content, { recursive: true });
    git(['init', '-q']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Publikacja'], '2025-01-10T10:00:00Z');
    const file = join(content, GOAL);
    const text = readFileSync(file, 'utf8');
    const from = '{ year: 2024, kind: target, value: 1200, text: "Liczba porad – 1200" }';
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, '{ year: 2024, kind: target, value: 1250, text: "Liczba porad – 1250" }'));
    git(['commit', '-q', '-a', '-m', 'Poprawka: 1250 porad w 2024'], '2025-03-05T12:00:00Z');
    writeFileSync(
      join(content, `programmes/${SLUG}/reports/2025.mdx`),
      '---\nyear: 2025\ntitle: Sprawozdanie za 2025\ndocument: Sprawozdanie testowe 2025\nvalues:\n  - { indicator: porady-a, value: 1300, text: "1 300 porad" }\n---\nNarracja.\n',
    );
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'Sprawozdanie za 2025'], '2025-06-01T08:00:00Z');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      MIERNIK_CONTENT: content,
      MIERNIK_OUT: folder.out,
      MIERNIK_CACHE_DIR: folder.cache,
      MIERNIK_ALLOW_SHALLOW: '1',
      SITE_URL,
    };
    delete env.GIT_DIR;
    const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    expect(r.status, r.stderr).toBe(0);
  }, 240_000);

  it('the corrected indicator’s page shows the correction (date, what, from 1 200, to 1 250) and the value a new report added', () => {
    const root = page(`wskazniki/${SLUG}/porady-a/index.html`);
    const section = root.querySelector('section[aria-labelledby="historia-zmian"]')!;
    expect(section.querySelector('h2#historia-zmian')!.textContent).toBe('Historia zmian');
    const table = section.querySelector('table')!;
    expect(norm(table.querySelector('caption')!.textContent)).toBe('Historia zmian wartości: Liczba porad');
    expect(table.querySelectorAll('thead th').map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Data'],
      ['col', 'Co się zmieniło'],
      ['col', 'Było'],
      ['col', 'Jest'],
    ]);
    const rows = table.querySelectorAll('tbody tr');
    for (const r of rows) expect(r.querySelector('th')!.getAttribute('scope')).toBe('row');
    // Newest first.
    expect(rows.map((r) => r.querySelector('time')!.getAttribute('datetime'))).toEqual(['2025-06-01', '2025-03-05']);
    const cells = rows.map((r) => r.querySelectorAll('th, td').map((c) => norm(c.textContent)));
    expect(cells[0]![0]).toMatch(/^1 czerwca 2025 \(wersja [0-9a-f]{7}\)$/);
    expect(cells[0]!.slice(1)).toEqual(['Dodano: wykonanie, 2025', '—', '1 300 („1 300 porad”)']);
    expect(cells[1]![0]).toMatch(/^5 marca 2025 \(wersja [0-9a-f]{7}\)$/);
    expect(cells[1]!.slice(1)).toEqual(['Poprawiono: cel (plan), 2024', '1 200 („Liczba porad – 1200”)', '1 250 („Liczba porad – 1250”)']);
  });

  it('an indicator whose values did not change says since when', () => {
    const section = page(`wskazniki/${SLUG}/udzial-a/index.html`).querySelector('section[aria-labelledby="historia-zmian"]')!;
    expect(section.querySelector('table')).toBeNull();
    expect(norm(section.querySelector('p')!.textContent)).toBe('Wartości nie zmieniały się od opublikowania (10 stycznia 2025).');
    expect(section.querySelector('time')!.getAttribute('datetime')).toBe('2025-01-10');
  });

  it('the programme page lists the changes, newest first, with links to the indicator’s history', () => {
    const section = page(`programy/${SLUG}/index.html`).querySelector('section[aria-labelledby="ostatnie-zmiany"]')!;
    const rows = section.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual([
      `/wskazniki/${SLUG}/porady-a/#historia-zmian`,
      `/wskazniki/${SLUG}/porady-a/#historia-zmian`,
    ]);
    expect(norm(rows[0]!.textContent)).toContain('1 czerwca 2025');
    expect(norm(rows[0]!.textContent)).toContain('1 300');
    expect(norm(rows[1]!.textContent)).toContain('5 marca 2025');
    expect(norm(rows[1]!.textContent)).toContain('1 200');
    expect(norm(rows[1]!.textContent)).toContain('1 250');
    expect(section.querySelector(`a[href="/programy/${SLUG}/zmiany.xml"]`)).not.toBeNull();
    // The other programme of the fixture had no change.
    const other = page('programy/przyklad-2011-2020/index.html').querySelector('section[aria-labelledby="ostatnie-zmiany"]')!;
    expect(other.querySelector('table')).toBeNull();
    expect(norm(other.querySelector('p')!.textContent)).toBe(
      'Wartości mierników nie zmieniały się od opublikowania programu (10 stycznia 2025).',
    );
  });

  it('the site feed has the programmes, the reports and the correction, from → to with its date, absolute links', () => {
    const { feed, entries } = atom(readFileSync(join(folder.out, 'zmiany.xml'), 'utf8'));
    expect(feed.link.find((l: Entry['link']) => l['@rel'] === 'self')['@href']).toBe(`${SITE_URL}zmiany.xml`);
    expect(feed.updated).toBe('2025-06-01T08:00:00+00:00');
    const correction = entries.filter((e) => e.id.startsWith('tag:miernik,2026:zmiana/'));
    expect(correction).toHaveLength(1);
    expect(correction[0]!.title).toBe('Poprawiono: Liczba porad');
    expect(correction[0]!.updated).toBe('2025-03-05T12:00:00+00:00');
    expect(correction[0]!.link['@href']).toBe(`${SITE_URL}wskazniki/${SLUG}/porady-a/`);
    expect(norm(correction[0]!.summary)).toBe(
      'Poprawiono: cel (plan), 2024. Było: 1 200 („Liczba porad – 1200”). Jest: 1 250 („Liczba porad – 1250”). Program: Program testowy na lata 2024–2026.',
    );
    const others = entries.filter((e) => e !== correction[0]);
    const reports = `${SITE_URL}programy/${SLUG}/sprawozdania`;
    expect(others.map((e) => [e.id, e.updated, e.link['@href']]).sort()).toEqual(
      [
        ['tag:miernik,2026:program/demo-2024-2026', '2025-01-10T10:00:00+00:00', `${SITE_URL}programy/${SLUG}/`],
        ['tag:miernik,2026:program/przyklad-2011-2020', '2025-01-10T10:00:00+00:00', `${SITE_URL}programy/przyklad-2011-2020/`],
        ['tag:miernik,2026:sprawozdanie/demo-2024-2026/2024', '2025-01-10T10:00:00+00:00', `${reports}/2024/`],
        ['tag:miernik,2026:sprawozdanie/demo-2024-2026/2025', '2025-06-01T08:00:00+00:00', `${reports}/2025/`],
      ].sort(),
    );
    // The new report's value is told by the report's entry, not by an entry of its own.
    expect(others.find((e) => e.id.endsWith('/2025'))!.summary).toContain('wartości osiągnięte: 1');
    // Newest first.
    expect(entries.map((e) => e.updated)).toEqual(
      entries
        .map((e) => e.updated)
        .sort()
        .reverse(),
    );
    expect(entries[1]).toBe(correction[0]);
  });

  it('the programme feed has that programme’s entries only: the page’s corrections, a new report’s values as the report', () => {
    const { feed, entries } = atom(readFileSync(join(folder.out, `programy/${SLUG}/zmiany.xml`), 'utf8'));
    expect(feed.link.find((l: Entry['link']) => l['@rel'] === 'self')['@href']).toBe(`${SITE_URL}programy/${SLUG}/zmiany.xml`);
    expect(entries.every((e) => e.id.includes(SLUG))).toBe(true);
    const pageRows = page(`programy/${SLUG}/index.html`).querySelectorAll('section[aria-labelledby="ostatnie-zmiany"] tbody tr');
    const corrections = pageRows
      .filter((r) => !norm(r.textContent).includes('Dodano: wykonanie, 2025'))
      .map((r) => [
        SITE_URL + r.querySelector('a')!.getAttribute('href')!.replace(/^\//, '').replace(/#.*$/, ''),
        r.querySelector('time')!.getAttribute('datetime'),
      ]);
    expect(corrections).toHaveLength(1);
    const valueEntries = entries.filter((e) => e.id.includes(':zmiana/'));
    expect(valueEntries.map((e) => [e.link['@href'], e.updated.slice(0, 10)])).toEqual(corrections);
    expect(entries.filter((e) => e.id.includes(':sprawozdanie/')).map((e) => e.id.split('/').at(-1))).toEqual(['2025', '2024']);
    const other = atom(readFileSync(join(folder.out, 'programy/przyklad-2011-2020/zmiany.xml'), 'utf8'));
    expect(other.entries.map((e) => e.id)).toEqual(['tag:miernik,2026:program/przyklad-2011-2020']);
  });

  it('every Polish page links the site feed (the /uk/ and /en/ pages none: the feeds are of Polish documents); a programme’s pages link its feed too', () => {
    const pages = htmlPages(folder.out);
    const translated = pages.filter((p) => /^(uk|en)\//.test(p));
    expect(pages.length - translated.length).toBeGreaterThan(20);
    expect(translated.length).toBeGreaterThan(0);
    for (const p of pages) {
      if (translated.includes(p)) expect(atomLinks(page(p)), p).toEqual([]);
      else expect(atomLinks(page(p)), p).toContain(`/zmiany.xml`);
    }
    const own = [`programy/${SLUG}/index.html`, `programy/${SLUG}/cele/1/index.html`, `programy/${SLUG}/sprawozdania/2024/index.html`];
    for (const p of [...own, `wskazniki/${SLUG}/porady-a/index.html`])
      expect(atomLinks(page(p))).toEqual(['/zmiany.xml', `/programy/${SLUG}/zmiany.xml`]);
  });
});

describe('the run’s build (real content)', () => {
  it('writes valid feeds whose every link is a page of the site', () => {
    const feeds = [
      'zmiany.xml',
      ...htmlPages()
        .filter((p) => /^programy\/[^/]+\/index\.html$/.test(p))
        .map((p) => p.replace('index.html', 'zmiany.xml')),
    ];
    expect(feeds.length).toBeGreaterThan(2);
    for (const f of feeds) {
      const { entries } = atom(readFileSync(join(DIST, f), 'utf8'));
      expect(entries.length, f).toBeGreaterThan(0);
      for (const e of entries) expect(existsSync(join(DIST, e.link['@href'].replace(/^\//, ''), 'index.html')), e.link['@href']).toBe(true);
    }
  });
});
