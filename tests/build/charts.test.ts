// Charts in the built site: every chart figure carries its message as a heading, a one-sentence
// summary and a table with exactly the numbers of its JSON data (so nothing is in the canvas only);
// the chart script is on chart pages only, and Chart.js is never loaded up front.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlPages, readDist } from '../../scripts/lib/dist.ts';
import { polish } from '../support/contentValues.ts';

interface ClientJson {
  unit: 'count' | 'percent' | 'currency';
  summary: string;
  categories: { label: string }[];
  datasets: { legend: string; kind: string; values: (number | null)[] }[];
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
        'programy/krasnystaw-przemoc-w-rodzinie-2021-2030/cele/1/index.html',
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
      expect(data.summary).toBe(summary);

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
    expect(data.summary).toBe('Cel: 880 procedur w 2017 r., 830 w 2020 r.; spadek o 50.');
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
