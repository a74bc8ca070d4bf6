// The charts' one door for build-time code: pages and components import builders and types from
// here; the browser imports style.ts (and spec.ts's types) directly, never this file. What each
// module holds is listed at the top of spec.ts.
//
// ChartFigure.astro imports through here too, so every chart module is bundled before it in one
// server chunk named after it — and that chunk names the stylesheet: _astro/ChartFigure.*.css.
// Importing spec.ts directly there would rename it (after the last module of the chunk).
export {
  CHART_KIND_ORDER,
  chartId,
  clientSpec,
  type ChartCategory,
  type ChartDataset,
  type ChartKind,
  type ChartSpec,
  type ChartUnit,
  type ClientSpec,
} from './spec.ts';
export { KIND_STYLE, PALETTE, contrast, luminance, shorten, wrapLabel } from './style.ts';
export { changeText, commonLead, direction, fromToText, legendNames, sentence, showValue, trendCounts, type Direction } from './wording.ts';
export { SCALE_GAP, chartShowsAll, groupByScale, groupByUnit, isMultiYear, magnitude, numericYears, splitByScale } from './grouping.ts';
export { rowsOf, yearRowsByKind, yearsChart, type LineSource, type YearRow, type YearsChartInput } from './yearsChart.ts';
export { comparisonChart, type ComparisonInput } from './comparisonChart.ts';
export { budgetCharts } from './budgetCharts.ts';
export { declarationCharts } from './declarationCharts.ts';
export { seriesCharts, type SeriesChartInput } from './seriesChart.ts';
export { goalCharts, type GoalCharts } from './goalCharts.ts';
export { statisticsCharts, type StatisticsCharts } from './statisticsCharts.ts';
