// Chart specs: the plain data of one chart with a heading that states its message, a one-sentence
// Polish summary and the numbers its table shows. Built at build time, so the summary and the
// table are in the HTML; the client script (src/components/chartFigure.ts) only draws the canvas
// from them. Nothing on one axis can mislead: callers group indicators by unit, wording of the
// unit and magnitude (groupByScale: no two measures more than 10× apart), every chart names its
// town (place), its axes carry titles with the unit, and years are numbers on a linear axis.
//
// The folder: index.ts (what pages and components import), spec.ts (these types, ids, sizes, the
// order of kinds), style.ts (colours, kind and line styles, year points, label wrapping: the only
// part the browser imports), wording.ts (the summary's Polish phrases), grouping.ts (which indicators a chart
// takes), then one module per chart kind — yearsChart.ts (lines over years), comparisonChart.ts
// (bars for one year), budgetCharts.ts, declarationCharts.ts, seriesChart.ts — and the charts of
// a page: goalCharts.ts, statisticsCharts.ts.
import { VALUE_KINDS, type PlacedValue } from '../model.ts';
import type { Unit } from '../../schemas/indicator.ts';

export type ChartUnit = Exclude<Unit, 'text'>;
export type ChartKind = PlacedValue['kind'];

export interface ChartCategory {
  /** The full label: table row header and tooltip title. */
  label: string;
  /** The label on the axis, in short lines (the client re-wraps `short` to the chart's width). */
  axis: string[];
  /** The label without what all categories share, for the axis. */
  short: string;
  /** For comparisons of measures: the unit in words ("porad"). */
  unitLabel?: string;
  href?: string;
  /** The year, a number, on charts over years: their x axis is linear, so a gap of years shows. */
  year?: number;
}

export interface ChartDataset {
  /** The full name: table header. */
  label: string;
  /** A short name for the legend and tooltip; it always names the kind of value. */
  legend: string;
  kind: ChartKind;
  /** One value per category; null where there is none. */
  values: (number | null)[];
  unitLabel?: string;
  href?: string;
}

export interface ChartSpec {
  /** Unique on its page; the figure's id. */
  id: string;
  /** Lines over years, or bars for categories. */
  type: 'line' | 'bar';
  /** What the categories are: years (table rows are the datasets) or measures, tasks (rows are categories). */
  x: 'year' | 'category';
  /** Bars along a horizontal value axis, for long category labels. */
  horizontal: boolean;
  unit: ChartUnit;
  /** The heading: states the chart's message. */
  title: string;
  /** One sentence computed from the data; also the canvas's aria-label. */
  summary: string;
  /** The data table's caption. */
  caption: string;
  /** The table's first column header. */
  rowHeader: string;
  categories: ChartCategory[];
  datasets: ChartDataset[];
  /** The canvas height in rem (bars grow with their count). */
  height: number;
  /** The town (or towns, "Kraków i Krasnystaw") whose values the chart draws: the legend's title. */
  place: string;
  /** Axis titles with the unit: the value axis ("Liczba procedur") and the other one ("Rok", "Miernik"). */
  axes: { value: string; category: string };
  /**
   * What one measure is, for the scale check (no axis shared by measures more than 10× apart):
   * each dataset's `href` (lines over years, the budget) or each category's (comparisons).
   */
  measures: 'datasets' | 'categories';
  /** A sentence under the summary, e.g. why a series has a chart per town. */
  note?: string;
}

/** What the client script needs to draw; the rest is already in the HTML. */
export type ClientSpec = Pick<ChartSpec, 'type' | 'x' | 'horizontal' | 'unit' | 'summary' | 'height' | 'place' | 'axes' | 'measures'> & {
  /** `measure`: which measure a category (comparisons) or dataset (lines) is, as a number: the same number, the same measure. */
  categories: { label: string; axis: string[]; short: string; unitLabel?: string; year?: number; measure?: number }[];
  datasets: { legend: string; kind: ChartKind; values: (number | null)[]; unitLabel?: string; measure?: number }[];
};

export function clientSpec(spec: ChartSpec): ClientSpec {
  const byCategory = spec.measures === 'categories';
  const keys: string[] = [];
  const measure = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
    return keys.indexOf(key);
  };
  return {
    type: spec.type,
    x: spec.x,
    horizontal: spec.horizontal,
    unit: spec.unit,
    summary: spec.summary,
    height: spec.height,
    place: spec.place,
    axes: spec.axes,
    measures: spec.measures,
    categories: spec.categories.map(({ label, axis, short, unitLabel, year, href }) => ({
      label,
      axis,
      short,
      unitLabel,
      year,
      measure: byCategory ? measure(href ?? label) : undefined,
    })),
    datasets: spec.datasets.map(({ legend, kind, values, unitLabel, href, label }) => ({
      legend,
      kind,
      values,
      unitLabel,
      measure: byCategory ? undefined : measure(href ?? label),
    })),
  };
}

/**
 * The kinds in the order charts draw, tabulate and name them: VALUE_KINDS with the baseline moved
 * first. A chart reads over time, and a baseline is where a measure starts from, so its line (or
 * bar) comes before the targets and what happened, in the legend, the table and the summary
 * ("wartości bazowe i cele"); lists of values elsewhere keep VALUE_KINDS as it is.
 */
export const CHART_KIND_ORDER: readonly ChartKind[] = ['baseline', ...VALUE_KINDS.filter((k) => k !== 'baseline')];

/** An id safe in HTML and URLs: "wykres-dzialanie-1-2-percent". */
export function chartId(...parts: string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `wykres-${slug}`;
}

/** The canvas height in rem: fixed for lines; bars grow with their count and label lines. */
export const heightFor = (horizontal: boolean, categories: readonly { axis: string[] }[], datasets: number): number => {
  if (!horizontal) return 18;
  const lines = Math.max(1, ...categories.map((c) => c.axis.length));
  const per = Math.max(lines * 1.15 + 0.9, 1.2 + datasets * 1.1);
  return Math.round((5 + categories.length * per) * 10) / 10;
};
