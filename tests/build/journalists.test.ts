// The journalists' pages on the built site: every indicator of the export has a page whose values
// equal the export's, its own downloads equal its export rows, the explorer lists every indicator,
// series pages list every member, and /dane/ states the true size and row count of every file.
import { clip } from '../../src/lib/format.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readSheet } from 'read-excel-file/node';
import { DIST, exportJson, readDist } from '../../scripts/lib/dist.ts';
import { polish } from '../support/contentValues.ts';
import type { ExportRow } from '../../src/lib/exportRows.ts';
import { t } from '../../src/i18n/pl.ts';
import { EXPLORER_PAGE_SIZE } from '../../src/lib/explorer.ts';

const CONTENT = process.env.MIERNIK_CONTENT ?? 'content';
const rows = exportJson();
const key = (r: Pick<ExportRow, 'programme' | 'indicator'>) => `${r.programme}/${r.indicator}`;
const byIndicator = new Map<string, ExportRow[]>();
for (const r of rows) byIndicator.set(key(r), [...(byIndicator.get(key(r)) ?? []), r]);
const indicators = [...byIndicator.values()].map((list) => list[0]!);
const pathOf = (url: string) => decodeURIComponent(new URL(url, 'http://x').pathname);
const pageOf = (r: ExportRow) => join(pathOf(r.url), 'index.html');

/** Text of an HTML fragment: tags out, entities decoded, white space folded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** The body rows of the table with this id, as lists of cell HTML. */
function tableRows(html: string, id: string): string[][] {
  const table = new RegExp(`<table[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table#${id}`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table[1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!),
  );
}

/** The value as a page shows it, written independently of src/lib/format.ts. */
const shown = (r: ExportRow) =>
  r.value === null || r.unit === 'text'
    ? r.text
    : r.unit === 'percent'
      ? `${polish(r.value)}%`
      : r.unit === 'currency'
        ? `${polish(r.value)} zł`
        : polish(r.value);
// The export tells a value of one year, of a span (a range as a whole or each year of it: the page
// says which) and one without a time apart; a span is never shown as one year or without its years.
const spanWords = (r: ExportRow, words: { range: (s: string) => string; annual: (s: string) => string }) => {
  const span = `${r.periodStart}–${r.periodEnd}`;
  return expect.toSatisfy(
    (label: string) => label === words.range(span) || label === words.annual(span),
    `${words.range(span)} | ${words.annual(span)}`,
  );
};
const yearShown = (r: ExportRow) => (r.year !== null ? String(r.year) : r.periodStart === null ? t.time.none : spanWords(r, t.time));
const yearShownShort = (r: ExportRow) =>
  r.year !== null ? String(r.year) : r.periodStart === null ? t.time.short.none : spanWords(r, t.time.short);
const meta = (html: string, attr: string) => new RegExp(`<meta ${attr} content="([^"]*)"`).exec(html)?.[1] ?? '';

describe('indicator pages', () => {
  it('exist for every indicator of the export', () => {
    const missing = indicators.filter((r) => {
      try {
        return statSync(join(DIST, pageOf(r))).size === 0;
      } catch {
        return true;
      }
    });
    expect(missing.map(key)).toEqual([]);
    expect(indicators.length).toBeGreaterThan(0);
  });

  it('show exactly the export values of their indicator: year, kind, value, wording, in order', () => {
    for (const [k, list] of byIndicator) {
      const cells = tableRows(readDist(pageOf(list[0]!)), 'wartosci').map((c) => c.map(textOf));
      const expected = list.map((r) => [yearShown(r), t.valueKinds.name[r.kind], shown(r)]);
      expect(
        cells.map((c) => c.slice(0, 3)),
        k,
      ).toEqual(expected);
      cells.forEach((c, i) => expect(c[3], k).toContain(textOf(list[i]!.text)));
    }
  });

  it('name their programme and place, and have a meaningful title, description and Open Graph tags', () => {
    for (const [k, list] of byIndicator) {
      const r = list[0]!;
      const html = readDist(pageOf(r));
      const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
      // Long official labels are clipped in <title> (the h1 keeps them whole).
      expect(textOf(title), k).toContain(textOf(clip(r.label)).replace(/…$/, ''));
      expect(textOf(meta(html, 'name="description"')), k).toContain(textOf(r.label));
      expect(meta(html, 'property="og:title"'), k).not.toBe('');
      expect(meta(html, 'property="og:description"'), k).toBe(meta(html, 'name="description"'));
      expect(html, k).toContain(`href="/programy/${r.programme}/"`);
      if (r.goal) expect(textOf(html), k).toContain(`${r.goal}:`);
      if (r.action) expect(textOf(html), k).toContain(textOf(r.action));
    }
  });

  it('put the latest numeric value in the description', () => {
    const r = rows.find((x) => x.value !== null && x.year !== null && x.unit === 'count')!;
    const same = byIndicator.get(key(r))!.filter((x) => x.value !== null && x.year !== null);
    const latestYear = Math.max(...same.map((x) => x.year!));
    expect(textOf(meta(readDist(pageOf(r)), 'name="description"'))).toContain(`Najnowsza wartość — ${latestYear}, `);
  });

  it('say how to cite them (the permanent address once SITE_URL is set), and link to their own downloads', () => {
    for (const r of indicators) {
      const html = readDist(pageOf(r));
      expect(html).toContain('id="cytowanie"');
      const citation = textOf(/<p class="citation"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!);
      expect(citation).toContain(r.label);
      // An absolute url in the export (SITE_URL set) is the address cited; a relative one (the default
      // build) is never cited: the page says the address is not configured (tests/build/citations.test.ts).
      if (/^https?:/.test(r.url)) expect(citation).toContain(r.url);
      else expect(citation).toContain('nie został skonfigurowany');
      const base = `/dane/wskazniki/${r.programme}/${encodeURIComponent(r.indicator)}`;
      expect(html).toContain(`href="${base}.csv"`);
      expect(html).toContain(`href="${base}.json"`);
    }
  });

  it("offer the indicator's CSV and JSON and its programme's XLSX, each with its true size", () => {
    for (const r of indicators) {
      const html = readDist(pageOf(r));
      const section = /<h2 id="pobierz">[\s\S]*?<\/ul>/.exec(html)![0];
      const links = [...section.matchAll(/<a href="\/dane\/([^"]+)" download>[^<]*<\/a> \(<span data-bytes="(\d+)">([^<]*)<\/span>\)/g)];
      const base = `wskazniki/${r.programme}/${encodeURIComponent(r.indicator)}`;
      expect(
        links.map((m) => m[1]),
        key(r),
      ).toEqual([`${base}.csv`, `${base}.json`, `${r.programme}.xlsx`]);
      for (const [, file, bytes] of links) expect(Number(bytes), file).toBe(statSync(join(DIST, 'dane', decodeURIComponent(file!))).size);
    }
  });

  it("programme pages offer the programme's XLSX, CSV and JSON, each with its true size", () => {
    for (const slug of new Set(rows.map((r) => r.programme))) {
      const section = /<h2 id="pobierz">[\s\S]*?<\/ul>/.exec(readDist(`programy/${slug}/index.html`))![0];
      const links = [...section.matchAll(/<a href="\/dane\/([^"]+)" download>[^<]*<\/a> \(<span data-bytes="(\d+)">([^<]*)<\/span>\)/g)];
      expect(
        links.map((m) => m[1]),
        slug,
      ).toEqual([`${slug}.xlsx`, `${slug}.csv`, `${slug}.json`]);
      for (const [, file, bytes, label] of links) {
        expect(Number(bytes), file).toBe(statSync(join(DIST, 'dane', file!)).size);
        expect(label, file).toMatch(/^\d+(,\d)? (B|kB|MB)$/);
      }
      expect(textOf(section)).toContain(t.programme.downloadXlsx);
    }
  });
});

describe('per-indicator downloads', () => {
  const csv = (file: string) => parse(readDist(file), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  const all = csv('dane/wskazniki.csv');

  it('parse and equal the rows of wskazniki.csv / wskazniki.json for that indicator', () => {
    for (const [k, list] of byIndicator) {
      const r = list[0]!;
      const base = `dane/wskazniki/${r.programme}/${r.indicator}`;
      const text = readDist(`${base}.csv`);
      expect(text.charCodeAt(0), k).not.toBe(0xfeff);
      expect(text.split('\r\n')[0]).toBe(readDist('dane/wskazniki.csv').split('\r\n')[0]);
      expect(csv(`${base}.csv`), k).toEqual(all.filter((x) => x.programme === r.programme && x.indicator === r.indicator));
      expect(JSON.parse(readDist(`${base}.json`)), k).toEqual(list);
    }
  });

  it('exist for exactly the indicators of the export', () => {
    const files = readdirSync(join(DIST, 'dane/wskazniki')).flatMap((p) =>
      readdirSync(join(DIST, 'dane/wskazniki', p)).map((f) => `${p}/${f}`),
    );
    const expected = indicators.flatMap((r) => [`${key(r)}.csv`, `${key(r)}.json`]);
    expect(files.sort()).toEqual(expected.sort());
  });
});

/** Every page of an explorer table (page 1 first), as the pagination under the table lists them. */
function explorerPages(first: string): { path: string; html: string }[] {
  const html = readDist(first);
  const nav = /<nav class="pagination"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
  if (!nav) return [{ path: first, html }];
  const hrefs = [.../<ol>([\s\S]*?)<\/ol>/.exec(nav[1]!)![1]!.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  return hrefs.map((href) => join(href, 'index.html').slice(1)).map((path) => ({ path, html: readDist(path) }));
}
/** The body rows of an explorer page: [attributes of the tr, its inner HTML]. */
const bodyRows = (html: string) =>
  [.../<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, m[2]!] as const);
const rowLink = (tr: string) => /<th scope="row"><a href="([^"]+)"/.exec(tr)![1]!;

describe('the explorer /wskazniki/', () => {
  const pages = explorerPages('wskazniki/index.html');
  const html = pages[0]!.html;
  const trs = pages.flatMap((p) => bodyRows(p.html));

  it('is split into pages of at most EXPLORER_PAGE_SIZE rows: /wskazniki/, then /wskazniki/strona/2/, …', () => {
    expect(pages.length).toBe(Math.ceil(indicators.length / EXPLORER_PAGE_SIZE));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.path)).toEqual(
      pages.map((_, i) => (i === 0 ? 'wskazniki/index.html' : `wskazniki/strona/${i + 1}/index.html`)),
    );
    for (const p of pages) expect(bodyRows(p.html).length, p.path).toBeLessThanOrEqual(EXPLORER_PAGE_SIZE);
    // The build writes no page the pagination does not list.
    expect(readdirSync(join(DIST, 'wskazniki/strona')).length).toBe(pages.length - 1);
  });

  it('lists every indicator exactly once across its pages, linked to its page, in the tables rendered at build time', () => {
    const links = trs.map(([, tr]) => rowLink(tr));
    expect(links.length).toBe(indicators.length);
    expect(new Set(links)).toEqual(new Set(indicators.map((r) => pathOf(r.url))));
  });

  it('links each page to every other, marks the current one and says which rows it holds', () => {
    pages.forEach((p, i) => {
      const nav = /<nav class="pagination" aria-label="([^"]+)">([\s\S]*?)<\/nav>/.exec(p.html)!;
      expect(nav[1]).toBe(t.explorer.pagination);
      expect(nav[2]!.match(/aria-current="page"/g)?.length, p.path).toBe(1);
      expect(textOf(/<a href="[^"]+" aria-current="page">([\s\S]*?)<\/a>/.exec(nav[2]!)![1]!)).toBe(`${t.explorer.pageWord} ${i + 1}`);
      expect(nav[2]!.includes('rel="prev"'), p.path).toBe(i > 0);
      expect(nav[2]!.includes('rel="next"'), p.path).toBe(i < pages.length - 1);
      const from = i * EXPLORER_PAGE_SIZE + 1;
      const to = Math.min((i + 1) * EXPLORER_PAGE_SIZE, indicators.length);
      const count = textOf(/<p class="explorer-count"[^>]*>([\s\S]*?)<\/p>/.exec(p.html)![1]!);
      expect(count).toBe(`Wskaźniki ${polish(from)}–${polish(to)} z ${polish(indicators.length)} (strona ${i + 1} z ${pages.length})`);
    });
  });

  it('gives pages after the first their own title, and keeps only page 1 in the search index', () => {
    const titles = pages.map((p) => /<title>([^<]*)<\/title>/.exec(p.html)![1]!);
    expect(new Set(titles).size).toBe(pages.length);
    expect(titles[1]).toContain('strona 2 z');
    expect(pages.map((p) => p.html.includes('data-pagefind-body'))).toEqual(pages.map((_, i) => i === 0));
  });

  it('shows each indicator with its programme place, unit and every value by year and kind', () => {
    const byUrl = new Map(indicators.map((r) => [pathOf(r.url), byIndicator.get(key(r))!]));
    for (const [attrs, tr] of trs) {
      const cells = [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!));
      const url = rowLink(tr);
      const list = byUrl.get(url)!;
      const r = list[0]!;
      // Indicator, unit, values, programme, municipality, goal, task, action, implementers.
      expect(cells[0]).toBe(textOf(r.label));
      expect(cells[1]).toBe(textOf(r.unitLabel ?? ''));
      for (const v of list) expect(cells[2], url).toContain(`${t.valueKinds.short[v.kind]} ${textOf(shown(v))}`);
      expect(cells[5]).toBe(r.goal ?? '');
      expect(cells[6]).toBe(r.task ?? '');
      expect(cells[7]).toBe(textOf(r.action ?? ''));
      expect(attrs).toContain(`data-p="${r.programme}"`);
      expect(attrs).toContain(`data-m="${r.organisation}"`);
    }
  });

  it("names each cell's column on the cell (data-l), for the stacked layout of a narrow screen", () => {
    const headers = [.../<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
      textOf(m[1]!),
    );
    expect(headers[0]).toBe(t.explorer.column.indicator);
    for (const [, tr] of trs) {
      const labels = [...tr.matchAll(/<td data-l="([^"]*)"/g)].map((m) => m[1]);
      expect(labels).toEqual(headers.slice(1));
    }
  });

  it('has the filter form (hidden until JavaScript) with a keyword field, labelled controls, a live count and sortable columns', () => {
    expect(html).toMatch(/<form class="explorer-form"[^>]*hidden/);
    expect(html).toContain('<label for="f-q">');
    expect(html).toMatch(/<input id="f-q" name="q" type="search"/);
    for (const name of ['programme', 'municipality', 'goal', 'implementer', 'unit', 'year', 'kind']) {
      expect(html).toContain(`<label for="f-${name}">`);
      expect(html).toContain(`<select id="f-${name}" name="${name}">`);
    }
    expect(html).toContain('<p class="explorer-nojs">');
    expect(/<p class="explorer-count"[^>]*>/.exec(html)![0]).toMatch(/role="status"/);
    expect(html.match(/<th scope="col" data-sort="/g)?.length).toBe(8);
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });

  it("links each programme's own table: the filter by programme that needs no JavaScript", () => {
    const nav = /<nav aria-labelledby="tabele-programow">([\s\S]*?)<\/nav>/.exec(html)![1]!;
    const programmes = [...new Set(indicators.map((r) => r.programme))];
    expect([...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(programmes.map((slug) => `/wskazniki/${slug}/`));
  });

  it('stays under 100 KB gzip on every page', async () => {
    const { gzipSync } = await import('node:zlib');
    for (const p of pages) expect(gzipSync(readFileSync(join(DIST, p.path))).length, p.path).toBeLessThan(100_000);
  });
});

describe("one programme's explorer /wskazniki/<programme>/", () => {
  const programmes = [...new Set(indicators.map((r) => r.programme))];

  it.each(programmes)(
    "%s: lists exactly that programme's indicators once across its pages, without single-choice programme filters or columns, linked from the programme page",
    (slug) => {
      const pages = explorerPages(`wskazniki/${slug}/index.html`);
      const own = indicators.filter((r) => r.programme === slug).map((r) => pathOf(r.url));
      expect(pages.length).toBe(Math.max(1, Math.ceil(own.length / EXPLORER_PAGE_SIZE)));
      pages.slice(1).forEach((p, i) => expect(p.path).toBe(`wskazniki/${slug}/strona/${i + 2}/index.html`));
      const links = pages.flatMap((p) => bodyRows(p.html).map(([, tr]) => rowLink(tr)));
      expect(links.length).toBe(own.length);
      expect(new Set(links)).toEqual(new Set(own));
      for (const { html } of pages) {
        expect(html).not.toContain('<select id="f-programme"');
        expect(html).not.toContain('data-sort="programme"');
        expect(html).toContain('<select id="f-goal" name="goal">');
      }
      expect(pages.map((p) => p.html.includes('data-pagefind-body'))).toEqual(pages.map((_, i) => i === 0));
      expect(readDist(`programy/${slug}/index.html`)).toContain(`href="/wskazniki/${slug}/"`);
    },
  );

  it('splits at least one programme into several pages (so the test above checks pagination)', () => {
    expect(programmes.some((slug) => explorerPages(`wskazniki/${slug}/index.html`).length > 1)).toBe(true);
  });
});

/** Every indicator in content/ that names a series: [series, programme, indicator id]. */
function seriesMembers(): [string, string, string][] {
  const out: [string, string, string][] = [];
  const visit = (node: unknown, programme: string) => {
    if (Array.isArray(node)) node.forEach((n) => visit(n, programme));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.series === 'string' && typeof o.id === 'string' && typeof o.unit === 'string') out.push([o.series, programme, o.id]);
      Object.values(o).forEach((v) => visit(v, programme));
    }
  };
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  for (const programme of readdirSync(join(CONTENT, 'programmes')))
    for (const file of walk(join(CONTENT, 'programmes', programme))) {
      if (file.includes('/reports/')) continue;
      const text = readFileSync(file, 'utf8');
      visit(file.endsWith('.mdx') ? parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) : parseYaml(text), programme);
    }
  return out;
}

describe('series pages', () => {
  const members = seriesMembers();
  const series = [...new Set(members.map((m) => m[0]))];

  it('exist for every series that has members, and the series list links to each', () => {
    expect(series.length).toBeGreaterThan(0);
    const index = readDist('wskazniki/serie/index.html');
    for (const s of series) expect(index).toContain(`href="/wskazniki/serie/${s}/"`);
  });

  it('list every member and every value of every member', () => {
    for (const s of series) {
      const html = readDist(`wskazniki/serie/${s}/index.html`);
      const tableRowsText = tableRowsOfSeries(html);
      let expectedRows = 0;
      for (const [, programme, id] of members.filter((m) => m[0] === s)) {
        expect(html, `${s}: ${programme}/${id}`).toContain(`href="/wskazniki/${programme}/${encodeURIComponent(id)}/"`);
        const values = byIndicator.get(`${programme}/${id}`) ?? [];
        expectedRows += values.length;
        for (const v of values)
          expect(tableRowsText, `${s}: ${programme}/${id} ${v.text}`).toContainEqual([
            yearShownShort(v),
            expect.any(String),
            t.valueKinds.name[v.kind],
            shown(v),
          ]);
      }
      expect(tableRowsText.length, s).toBe(expectedRows);
    }
  });

  it('show the Blue Card example: targets across editions and statistics by year', () => {
    if (!series.includes('niebieskie-karty-wszczete')) return;
    const table = tableRowsOfSeries(readDist('wskazniki/serie/niebieskie-karty-wszczete/index.html'));
    const expected: [string, string, string][] = [
      ['2017', 'cel (plan)', '880'],
      ['2018', 'cel (plan)', '860'],
      ['2019', 'cel (plan)', '860'],
      ['2020', 'cel (plan)', '830'],
      ['2021', 'dane', '826'],
      ['2022', 'dane', '841'],
      ['2024', 'cel (plan)', '810'],
    ];
    for (const [year, kind, value] of expected) expect(table).toContainEqual([year, expect.any(String), kind, value]);
    // Older edition first within the table: the 2017–2020 targets come before the 2024–2030 rows.
    expect(table[0]![1]).toContain('2017–2020');
  });
});

function tableRowsOfSeries(html: string): string[][] {
  const table = /<table class="series-table"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1]!;
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
    [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!)),
  );
}

describe('/dane/', () => {
  const html = readDist('dane/index.html');
  const sized = [
    ...html.matchAll(
      /<a href="\/dane\/([^"]+)">[^<]*<\/a><\/th><td>[^<]*<\/td><td class="num">([^<]*)<\/td><td class="num" data-bytes="(\d+)">([^<]*)<\/td>/g,
    ),
  ];

  it('states the true size and row count of every file it lists', async () => {
    const programmes = JSON.parse(readDist('dane/programy.json')) as { slug: string }[];
    const listed = sized.map((m) => m[1]);
    const expected = ['wskazniki', 'programy', 'mierniki', 'dzialania', 'postep', ...programmes.map((p) => p.slug)].flatMap((n) => [
      `${n}.xlsx`,
      `${n}.csv`,
      `${n}.json`,
    ]);
    expect(listed).toEqual([...expected.slice(0, 15), 'datapackage.json', ...expected.slice(15)]);
    for (const [, file, rowCount, bytes, label] of sized) {
      const size = statSync(join(DIST, 'dane', file!)).size;
      expect(Number(bytes), file).toBe(size);
      expect(label, file).toMatch(/^\d+(,\d)? (B|kB|MB)$/);
      const kb = size / 1000;
      if (size >= 1000 && size < 1_000_000) expect(label).toBe(`${polish(Math.round(kb * 10) / 10)} kB`);
      const text = readDist(`dane/${file}`);
      const count =
        file === 'datapackage.json'
          ? undefined
          : file!.endsWith('.xlsx')
            ? (await readSheet(readFileSync(join(DIST, 'dane', file!)))).length - 1
            : file!.endsWith('.csv')
              ? (parse(text, { columns: true }) as unknown[]).length
              : (JSON.parse(text) as unknown[]).length;
      expect(rowCount, file).toBe(count === undefined ? '—' : polish(count));
    }
  });

  it('tells Excel users to take the XLSX (the CSVs have no BOM)', () => {
    const text = textOf(html);
    expect(text).toContain(textOf(t.downloads.excel));
    expect(t.downloads.excel).toMatch(/XLSX/);
    expect(t.downloads.excel).toMatch(/bez znacznika BOM/);
    expect(text).not.toMatch(/UTF-8 z BOM/);
  });

  it('keeps the data dictionary of every export column', () => {
    for (const f of Object.keys(rows[0]!)) expect(html).toContain(`<code>${f}</code>`);
  });

  it('notes where a stated total differs from the sum of its parts', () => {
    const programmes = readdirSync(join(CONTENT, 'programmes'));
    for (const slug of programmes) {
      const fm = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(CONTENT, 'programmes', slug, 'index.mdx'), 'utf8'))![1]!);
      for (const total of (fm.statedTotals ?? []) as { value: number; year?: number }[]) {
        const parts = rows.filter(
          (r) => r.programme === slug && r.kind === 'budget' && r.indicator.startsWith('budzet-') && r.year === (total.year ?? null),
        );
        const sum = parts.reduce((a, r) => a + (r.value ?? 0), 0);
        const section = new RegExp(`<section aria-labelledby="program-${slug}">([\\s\\S]*?)</section>`).exec(html)![1]!;
        if (parts.length > 0 && sum !== total.value) {
          expect(section).toContain(t.downloads.notes);
          expect(textOf(section)).toContain(`${polish(total.value)} zł`);
          expect(textOf(section)).toContain(`${polish(sum)} zł`);
        }
      }
    }
  });
});
