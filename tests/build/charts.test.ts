// Charts in the built site: every chart figure carries its message as a heading, a one-sentence
// summary and a table with exactly the numbers of its JSON data (so nothing is in the canvas only);
// the chart script is on chart pages only, and Chart.js is never loaded up front.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlPages, readDist } from '../../scripts/lib/dist.ts';
import { polish } from '../support/contentValues.ts';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';

/** The towns, read from content/organisations/*.yaml (id → short name), and each programme's town. */
const towns = new Map(
  readdirSync('content/organisations').map((f) => [
    f.replace(/\.yaml$/, ''),
    (parse(readFileSync(join('content/organisations', f), 'utf8')) as { shortName: string }).shortName,
  ]),
);
const programmeTown = new Map(
  readdirSync('content/programmes').map((slug) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join('content/programmes', slug, 'index.mdx'), 'utf8'))![1]!;
    return [slug, towns.get((parse(front) as { organisation: string }).organisation)!];
  }),
);
const byTown = (a: string, b: string) => a.localeCompare(b, 'pl');
const dataOf = (figure: string) => JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(figure)![1]!) as ClientJson;

interface ClientJson {
  type: 'line' | 'bar';
  x: 'year' | 'category';
  unit: 'count' | 'percent' | 'currency';
  summary: string;
  place: string;
  axes: { value: string; category: string };
  measures: 'datasets' | 'categories';
  categories: { label: string; year?: number; unitLabel?: string; measure?: number }[];
  datasets: { legend: string; kind: string; values: (number | null)[]; unitLabel?: string; measure?: number }[];
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** A number as the table must show it, written independently of src/lib/format.ts. */
const shown = (v: number, unit: ClientJson['unit']) =>
  unit === 'percent' ? `${polish(v)}%` : unit === 'currency' ? `${polish(v)} zł` : polish(v);

const pages = htmlPages();
const figuresOf = (html: string) => [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
const chartPages = pages.filter((p) => figuresOf(readDist(p)).length > 0);
const chartScript = /<script type="module" src="(\/_astro\/ChartFigure[^"]*\.js)"/g;

describe('chart figures', () => {
  it('are on the pages the issue asks for', () => {
    expect(chartPages).toEqual(
      expect.arrayContaining([
        'programy/krakow-przemoc-w-rodzinie-2017-2020/cele/1/index.html',
        'programy/krakow-wspieranie-rodziny-2025-2027/cele/1/index.html',
        'programy/krakow-przemoc-domowa-2024-2030/cele/i/index.html',
        'programy/krakow-przemoc-domowa-2024-2030/index.html',
      ]),
    );
    const programme = readDist('programy/krakow-przemoc-domowa-2024-2030/index.html');
    for (const id of [
      'wykres-budzet-2024',
      'wykres-deklaracja-w2-w',
      'wykres-deklaracja-w12-w',
      'wykres-diagnoza-rodziny-i-osoby-2018-2022-count',
      'wykres-diagnoza-niebieskie-karty-2021-2022-count',
      'wykres-diagnoza-udzial-instytucji-niebieskie-karty-percent',
      'wykres-diagnoza-bezpieczenstwo-osob-zaleznych-count',
    ])
      expect(programme, id).toContain(`<figure class="chart" id="${id}"`);
  });

  it.each(chartPages)('%s: every figure has its heading, summary and a table with the numbers of its data', (page) => {
    const html = readDist(page);
    const ids = new Set<string>();
    for (const figure of figuresOf(html)) {
      const id = /^<figure class="chart" id="([^"]+)" aria-labelledby="([^"]+)"/.exec(figure);
      expect(id, figure.slice(0, 200)).not.toBeNull();
      expect(ids.has(id![1]!), `${id![1]} twice`).toBe(false);
      ids.add(id![1]!);
      const heading = new RegExp(`<h([234]) id="${id![2]}"[^>]*>([\\s\\S]*?)</h\\1>`).exec(figure);
      expect(decode(heading?.[2] ?? ''), `${id![1]} heading`).not.toBe('');

      const summary = decode(/<p class="chart-summary"[^>]*>([\s\S]*?)<\/p>/.exec(figure)?.[1] ?? '');
      expect(summary, `${id![1]} summary`).toMatch(/^\S.*\.$/);
      const data = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(figure)![1]!) as ClientJson;
      expect(decode(data.summary)).toBe(summary); // white space folded on both sides: the page keeps numbers together with U+00A0

      const ref = /data-table-ref="([^"]+)"/.exec(/^<figure[^>]*>/.exec(figure)![0])?.[1];
      if (ref) {
        // The data is in a table elsewhere on the page (e.g. a series page's table): every number is there.
        const at = html.indexOf(`id="${ref}"`);
        const linked = at < 0 ? undefined : html.slice(html.lastIndexOf('<table', at), html.indexOf('</table>', at));
        expect(linked, `${id![1]} table #${ref}`).toBeDefined();
        expect(figure).toContain(`href="#${ref}"`);
        const text = decode(linked!.replace(/<[^>]+>/g, ' '));
        for (const v of data.datasets.flatMap((d) => d.values))
          if (v !== null) expect(text, `${id![1]} #${ref}`).toContain(shown(v, data.unit));
        continue;
      }
      const table = /<table class="chart-table"[^>]*>([\s\S]*?)<\/table>/.exec(figure)?.[1] ?? '';
      expect(decode(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1] ?? ''), `${id![1]} caption`).not.toBe('');
      const thead = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(table)![1]!;
      expect(
        [...thead.matchAll(/<th\b([^>]*)>/g)].every((m) => m[1]!.includes('scope="col"')),
        `${id![1]} column headers`,
      ).toBe(true);
      const rows = [.../<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row, `${id![1]} row header`).toMatch(/^<th scope="row"/);

      const cells = rows.flatMap((r) => [...r.matchAll(/<td class="num"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!));
      const missing = cells.filter((c) => c.includes('aria-hidden="true"'));
      const numbers = cells
        .filter((c) => !c.includes('aria-hidden="true"'))
        .map(decode)
        .sort();
      const values = data.datasets.flatMap((d) => d.values);
      const expected = values
        .filter((v): v is number => v !== null)
        .map((v) => shown(v, data.unit))
        .sort();
      expect(numbers, `${id![1]} table vs data`).toEqual(expected);
      expect(missing.length).toBe(values.length - expected.length);
      expect(values.length).toBeGreaterThanOrEqual(2);
      for (const d of data.datasets) expect(d.values).toHaveLength(data.categories.length);
    }
  });

  it('say the message computed from the data', () => {
    const html = readDist('programy/krakow-przemoc-w-rodzinie-2017-2020/cele/1/index.html');
    const figure = figuresOf(html).find((f) => f.includes('id="wykres-dzialanie-1-2-count"'))!;
    const data = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(figure)![1]!) as ClientJson;
    expect(data.datasets.map((d) => d.values)).toEqual([[880, 860, 860, 830]]);
    expect(data.summary).toBe('Kraków — Wszczęte procedury „Niebieskie Karty”, cel: 880 procedur w 2017 r., 830 w 2020 r.; spadek o 50.');
    expect(decode(figure)).toContain('cel — spadek z 880 do 830 (2017–2020)');
  });
});

describe('chart script', () => {
  it.each(pages)('%s: the chart script if and only if the page has a chart', (page) => {
    const html = readDist(page);
    const scripts = [...html.matchAll(chartScript)];
    const figures = figuresOf(html).length;
    expect(scripts).toHaveLength(figures > 0 ? 1 : 0);
    if (figures === 0) expect(html).not.toContain('<miernik-chart');
    // Chart.js comes by dynamic import only: never a script or preload in the HTML.
    expect(html).not.toMatch(/chartRender/);
  });

  it('Chart.js is tree-shaken: the JS a chart page can load stays within budget', () => {
    const entry = [...readDist('programy/krakow-przemoc-domowa-2024-2030/index.html').matchAll(chartScript)][0]![1]!;
    const files = new Set<string>([entry.slice(1)]);
    // Follow static and dynamic imports of the entry, transitively.
    for (const file of files) {
      const js = readFileSync(join(DIST, file), 'utf8');
      for (const m of js.matchAll(/(?:from\s*|import\(\s*)["'`](\.{0,2}\/[^"'`]+\.js)["'`]|["'`](_astro\/[^"'`]+\.js)["'`]/g)) {
        const target = m[2] ?? join(file, '..', m[1]!).replace(/\\/g, '/');
        files.add(target.replace(/^\//, ''));
      }
    }
    const gzip = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
    expect([...files].some((f) => /chartRender/.test(f))).toBe(true);
    // DESIGN.md: bar + line + tooltip + legend ≈ 61 KB gzip.
    expect(gzip).toBeLessThan(66 * 1024);
    const render = readFileSync(
      join(
        DIST,
        [...files].find((f) => /chartRender/.test(f))!,
      ),
      'utf8',
    );
    // Only the bar and line controllers are registered; the others must not be in the bundle.
    for (const unused of ['doughnut', 'pie', 'radar', 'polarArea', 'bubble', 'scatter', 'arc'])
      expect(render).not.toMatch(new RegExp(`static id\\s*=\\s*["'\`]${unused}["'\`]`));
    for (const used of ['bar', 'line', 'point', 'category', 'linear'])
      expect(render).toMatch(new RegExp(`static id\\s*=\\s*["'\`]${used}["'\`]`));
  });
});

describe('charts that cannot mislead (issue #21)', () => {
  const figures = chartPages.flatMap((page) => figuresOf(readDist(page)).map((figure) => ({ page, figure, data: dataOf(figure) })));
  const idOf = (figure: string) => /id="([^"]+)"/.exec(figure)![1]!;

  it('every chart names its town in the heading, the summary, the legend and the table caption', () => {
    expect(figures.length).toBeGreaterThan(20);
    for (const { page, figure, data } of figures) {
      const programme = /^programy\/([^/]+)\//.exec(page)?.[1];
      const named = data.place.split(/, | i /);
      for (const town of named) expect([...towns.values()], `${page} ${idOf(figure)}`).toContain(town);
      // A programme's charts are its town's.
      if (programme) expect(data.place, `${page} ${idOf(figure)}`).toBe(programmeTown.get(programme));
      const heading = decode(/<h[234][^>]*>([\s\S]*?)<\/h[234]>/.exec(figure)![1]!);
      const summary = decode(/<p class="chart-summary"[^>]*>([\s\S]*?)<\/p>/.exec(figure)![1]!);
      const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(figure);
      for (const town of named) {
        expect(heading, `${idOf(figure)} heading`).toContain(town);
        expect(summary, `${idOf(figure)} summary`).toContain(town);
        if (caption) expect(decode(caption[1]!), `${idOf(figure)} caption`).toContain(town);
      }
    }
  });

  it('charts split from one another are told apart: no two charts of a page share a heading or a table caption', () => {
    for (const page of chartPages) {
      const figs = figuresOf(readDist(page));
      const headings = figs.map((f) => decode(/<h[234][^>]*>([\s\S]*?)<\/h[234]>/.exec(f)![1]!));
      const captions = figs.flatMap((f) => [...(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(f) ?? [])].slice(1)).map(decode);
      expect(headings.length - new Set(headings).size, `${page} headings`).toBe(0);
      expect(
        captions.filter((c, i) => captions.indexOf(c) !== i),
        `${page} captions`,
      ).toEqual([]);
    }
  });

  it('every chart has axis titles, and the value axis says the unit', () => {
    for (const { figure, data } of figures) {
      const id = idOf(figure);
      expect(data.axes.category, id).not.toBe('');
      if (data.x === 'year') expect(data.axes.category, id).toBe('Rok');
      if (data.unit === 'percent') expect(data.axes.value, id).toMatch(/%/);
      if (data.unit === 'currency') expect(data.axes.value, id).toMatch(/zł/);
      if (data.unit === 'count') {
        expect(data.axes.value, id).toMatch(/^Liczba/);
        const words = new Set([...data.datasets, ...data.categories].map((x) => x.unitLabel).filter(Boolean));
        // A count axis is one unit: the words of every line or bar are the same, and the title says them.
        expect(words.size, `${id} units ${[...words].join(', ')}`).toBeLessThanOrEqual(1);
        for (const w of words) expect(data.axes.value, id).toContain(w);
      }
    }
  });

  it('no axis is shared by measures more than 10× apart', () => {
    for (const { figure, data } of figures) {
      const max = new Map<number, number>();
      const add = (measure: number | undefined, v: number | null) => {
        if (v !== null) max.set(measure!, Math.max(max.get(measure!) ?? 0, Math.abs(v)));
      };
      if (data.measures === 'datasets') data.datasets.forEach((d) => d.values.forEach((v) => add(d.measure, v)));
      else data.categories.forEach((c, i) => data.datasets.forEach((d) => add(c.measure, d.values[i] ?? null)));
      expect(max.size, idOf(figure)).toBeGreaterThan(0);
      expect(
        [...max.keys()].every((k) => Number.isInteger(k)),
        idOf(figure),
      ).toBe(true);
      const sizes = [...max.values()].filter((v) => v > 0);
      if (sizes.length > 1) expect(Math.max(...sizes) / Math.min(...sizes), idOf(figure)).toBeLessThanOrEqual(10);
    }
  });

  it('years are numbers on the axis of every chart over years', () => {
    const overYears = figures.filter((f) => f.data.x === 'year');
    expect(overYears.length).toBeGreaterThan(10);
    for (const { figure, data } of overYears) {
      expect(data.type, idOf(figure)).toBe('line');
      const years = data.categories.map((c) => c.year);
      expect(
        years.every((y) => Number.isInteger(y)),
        idOf(figure),
      ).toBe(true);
      expect(data.categories.map((c) => c.label)).toEqual(years.map(String));
      for (let i = 1; i < years.length; i++) expect(years[i]!, idOf(figure)).toBeGreaterThan(years[i - 1]!);
    }
  });

  it('no series line joins two municipalities: the values of each line are the rows of one town in the series table', () => {
    const seriesPages = chartPages.filter((p) => p.startsWith('wskazniki/serie/'));
    expect(seriesPages.length).toBeGreaterThan(10);
    let twoTowns = 0;
    for (const page of seriesPages) {
      const html = readDist(page);
      const table = /<table class="series-table"[^>]*>([\s\S]*?)<\/table>/.exec(html)![1]!;
      const rows = [.../<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)![1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
        [...tr[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)),
      );
      const townOf = (cell: string) => [...towns.values()].find((t) => cell.startsWith(`${t}:`));
      for (const row of rows) expect(townOf(row[1]!), `${page}: ${row.join(' | ')}`).toBeDefined();
      const tableTowns = new Set(rows.map((r) => townOf(r[1]!)!));
      const charted = new Set<string>();
      for (const figure of figuresOf(html)) {
        const data = dataOf(figure);
        if (data.place.includes(' i ')) twoTowns++;
        for (const d of data.datasets) {
          // The towns whose table rows hold each of the line's values; one town must hold them all.
          const sets = data.categories.flatMap((c, i) =>
            d.values[i] === null
              ? []
              : [new Set(rows.filter((r) => r[0] === c.label && r[3] === shown(d.values[i]!, data.unit)).map((r) => townOf(r[1]!)!))],
          );
          const common = [...tableTowns].filter((town) => sets.every((s) => s.has(town)));
          expect(common.length, `${page} ${d.legend}`).toBeGreaterThan(0);
          const named = [...towns.values()].filter((town) => d.legend.includes(town));
          expect(named, `${page} ${d.legend}`).toHaveLength(1);
          expect(common, `${page} ${d.legend}`).toContain(named[0]);
          charted.add(named[0]!);
        }
      }
      // Every town with numbers in the table is drawn (none left out of the charts).
      const withNumbers = [...tableTowns].filter((town) =>
        rows.some((r) => townOf(r[1]!) === town && /\d/.test(r[3]!) && /^\d{4}$/.test(r[0]!)),
      );
      if (figuresOf(html).length > 0) expect([...charted].sort(byTown), page).toEqual(withNumbers.sort(byTown));
    }
    expect(twoTowns, 'series charts with lines of two towns').toBeGreaterThan(0);
    const prowadzone = figuresOf(readDist('wskazniki/serie/niebieskie-karty-prowadzone/index.html')).map(dataOf);
    expect(prowadzone.map((d) => d.place).sort(byTown)).toEqual(['Kraków', 'Krasnystaw']);
  });
});
