// The budgets of issue 10 and the weight of each page of a built site, shared by the budget test
// (the real site) and the scale test (a synthetic portal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { pageType, pageWeight, type PageWeight, type WeightCache } from '../../scripts/lib/pageWeight.ts';

export const KB = 1024;
/** A page without charts or search: everything it transfers, gzip. */
export const PLAIN_TOTAL = 25 * KB;
/** A chart page: its JS, every chunk it can import included, gzip. */
export const CHART_JS = 75 * KB;
/** Any page: its HTML, gzip. */
export const HTML = 100 * KB;

export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
export const figures = (w: PageWeight) =>
  `${kb(w.total.gzip)} gzip in all (HTML ${kb(w.html.gzip)}, CSS ${kb(w.css.gzip)}, JS ${kb(w.js.gzip)}, other ${kb(w.other.gzip)})`;

/** Every page of a built site with its weight, whether it has charts, and whether it is plain. */
export function weighPages(dist: string) {
  const shared: WeightCache = new Map();
  return htmlPages(dist).map((page) => {
    const root = parse(readFileSync(join(dist, page), 'utf8'));
    // <miernik-chart> is what ChartFigure.astro puts in every chart figure for src/components/chartFigure.ts to draw.
    const charts = root.querySelector('miernik-chart') !== null;
    const type = pageType(page);
    return {
      page,
      charts,
      plain: !charts && type !== 'search' && type !== 'explorer',
      inline: root.querySelectorAll('script:not([src])'),
      weight: pageWeight(dist, page, shared),
    };
  });
}
