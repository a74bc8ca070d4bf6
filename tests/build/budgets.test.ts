// Budgets as tests (issue 10): the bytes of a build are deterministic, so its weight is checked
// like any other output, over every HTML page (scripts/lib/pageWeight.ts, gzip at zlib's default level):
// 1. a page without charts or search (not /szukaj/, not the explorer) transfers at most 25 KB gzip
//    in all — HTML, CSS, JS, icon — and loads no JS but the quick-exit script;
// 2. a chart page's JS, with every chunk it can import (Chart.js comes by import()), is at most 75 KB gzip;
// 3. no page has more than 100 KB of gzip HTML.
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';
import { pageType } from '../../scripts/lib/pageWeight.ts';
import { CHART_JS, HTML, PLAIN_TOTAL, figures, kb, weighPages } from '../support/budgets.ts';

const pages = weighPages(DIST);
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
    // The one script src/components/QuickExit.astro bundles (src/components/quickExit.ts), the same file everywhere.
    const quickExit = pages.find((p) => p.page === 'index.html')!.weight.scripts;
    expect(quickExit).toEqual([expect.stringMatching(/^_astro\/QuickExit[^/]*\.js$/)]);
    const others = plain
      .filter((p) => p.weight.scripts.join() !== quickExit.join())
      .map((p) => `${p.page}: ${p.weight.scripts.join(', ')}`);
    expect(others).toEqual([]);
    // Nor inline: a <script> without src on these pages may only hold data.
    const inline = plain
      .filter((p) => p.inline.some((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? '')))
      .map((p) => p.page);
    expect(inline).toEqual([]);
  });

  it(`chart pages load at most ${kb(CHART_JS)} gzip of JS, Chart.js included`, () => {
    const over = charts
      .filter((p) => p.weight.js.gzip > CHART_JS)
      .map((p) => `${p.page}: JS ${kb(p.weight.js.gzip)} gzip in ${p.weight.scripts.length} files`);
    expect(over).toEqual([]);
    // The lazy chunk is followed, or the figure would mean nothing.
    for (const p of charts)
      expect(
        p.weight.scripts.some((s) => /chartRender/.test(s)),
        p.page,
      ).toBe(true);
  });

  it(`no page has more than ${kb(HTML)} of gzip HTML`, () => {
    const over = pages
      .filter((p) => p.weight.html.gzip > HTML)
      .map((p) => `${p.page}: HTML ${kb(p.weight.html.gzip)} gzip (${kb(p.weight.html.raw)} raw)`);
    expect(over).toEqual([]);
  });
});
