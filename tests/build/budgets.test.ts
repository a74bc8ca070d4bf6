// Budgets as tests (issue 10): the bytes of a build are deterministic, so its weight is checked
// like any other output, over every HTML page (src/lib/pageWeight.ts, gzip at zlib's default level):
// 1. a page without charts or search (not /szukaj/, not the explorer) transfers at most 25 KB gzip
//    in all — HTML, CSS, JS, icon — and loads no JS but the quick-exit script;
// 2. a chart page's JS, with every chunk it can import (Chart.js comes by import()), is at most 75 KB gzip;
// 3. no page has more than 100 KB of gzip HTML.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, htmlPages } from '../support/dist.ts';
import { pageType, pageWeight, type PageWeight, type WeightCache } from '../../src/lib/pageWeight.ts';

const KB = 1024;
const PLAIN_TOTAL = 25 * KB;
const CHART_JS = 75 * KB;
const HTML = 100 * KB;

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const figures = (w: PageWeight) =>
  `${kb(w.total.gzip)} gzip in all (HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)}, JS ${kb(w.js.gzip)}, other ${kb(w.other.gzip)})`;

const shared: WeightCache = new Map();
const pages = htmlPages().map((page) => {
  const root = parse(readFileSync(join(DIST, page), 'utf8'));
  // <miernik-chart> is what ChartFigure.astro puts in every chart figure for src/scripts/chart.ts to draw.
  const charts = root.querySelector('miernik-chart') !== null;
  const type = pageType(page);
  return { page, charts, plain: !charts && type !== 'search' && type !== 'explorer', inline: root.querySelectorAll('script:not([src])'), weight: pageWeight(DIST, page, shared) };
});
const plain = pages.filter((p) => p.plain);
const charts = pages.filter((p) => p.charts);

describe('page budgets', () => {
  it('the built site has plain pages, chart pages, the search page and the explorer', () => {
    expect(plain.length).toBeGreaterThan(0);
    expect(charts.length).toBeGreaterThan(0);
    expect(pages.some((p) => pageType(p.page) === 'search')).toBe(true);
    expect(pages.some((p) => pageType(p.page) === 'explorer')).toBe(true);
  });

  it(`pages without charts or search transfer at most ${kb(PLAIN_TOTAL)} gzip`, () => {
    const over = plain.filter((p) => p.weight.total.gzip > PLAIN_TOTAL).map((p) => `${p.page}: ${figures(p.weight)}`);
    expect(over).toEqual([]);
  });

  it('pages without charts or search load no JS but the quick-exit script', () => {
    // The one script src/components/QuickExit.astro bundles (src/scripts/quickExit.ts), the same file everywhere.
    const quickExit = pages.find((p) => p.page === 'index.html')!.weight.scripts;
    expect(quickExit).toEqual([expect.stringMatching(/^_astro\/QuickExit[^/]*\.js$/)]);
    const others = plain.filter((p) => p.weight.scripts.join() !== quickExit.join()).map((p) => `${p.page}: ${p.weight.scripts.join(', ')}`);
    expect(others).toEqual([]);
    // Nor inline: a <script> without src on these pages may only hold data.
    const inline = plain.filter((p) => p.inline.some((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''))).map((p) => p.page);
    expect(inline).toEqual([]);
  });

  it(`chart pages load at most ${kb(CHART_JS)} gzip of JS, Chart.js included`, () => {
    const over = charts.filter((p) => p.weight.js.gzip > CHART_JS).map((p) => `${p.page}: JS ${kb(p.weight.js.gzip)} gzip in ${p.weight.scripts.length} files`);
    expect(over).toEqual([]);
    // The lazy chunk is followed, or the figure would mean nothing.
    for (const p of charts) expect(p.weight.scripts.some((s) => /chartRender/.test(s)), p.page).toBe(true);
  });

  it(`no page has more than ${kb(HTML)} of gzip HTML`, () => {
    const over = pages.filter((p) => p.weight.html.gzip > HTML).map((p) => `${p.page}: HTML ${kb(p.weight.html.gzip)} gzip (${kb(p.weight.html.raw)} raw)`);
    expect(over).toEqual([]);
  });
});
