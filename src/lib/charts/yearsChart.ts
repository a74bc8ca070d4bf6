// Lines over years: one line per indicator and kind of value, with a heading that states the trend
// and a summary of each line's first and last values.
import type { PlacedIndicator } from '../model.ts';
import { CHART_KIND_ORDER, heightFor, type ChartKind, type ChartSpec, type ChartUnit } from './spec.ts';
import {
  capitalise,
  changeText,
  commonLead,
  direction,
  fromToText,
  legendNames,
  sentence,
  showValue,
  tidy,
  trendCounts,
} from './wording.ts';
import { formatPeriod, formatValue } from '../format.ts';
import { indicatorUrl } from '../urls.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

/** One line of a chart over years. */
export interface YearRow {
  /** The table's row header. */
  label: string;
  /** The name in the summary (without what all lines share, see commonLead). */
  name: string;
  legend: string;
  kind: ChartKind;
  points: Map<number, number>;
  unitLabel?: string;
  href?: string;
}

/** What the lines of one indicator are drawn from: a placed indicator's values, or a series member's rows. */
export interface LineSource {
  values: readonly { kind: ChartKind; year?: number; value?: number }[];
  unitLabel?: string;
  href: string;
}

/** An indicator of the model as a line source. */
const lineSource = (pi: PlacedIndicator): LineSource => ({
  values: pi.values,
  unitLabel: pi.indicator.unitLabel,
  href: indicatorUrl(pi.programme, pi.indicator.id),
});

/** The lines of one indicator: one per kind of value that has a year and a number. */
export function yearRowsByKind(source: LineSource, name: (kind: ChartKind) => { label: string; name: string; legend: string }): YearRow[] {
  const rows: YearRow[] = [];
  for (const kind of CHART_KIND_ORDER) {
    const points = new Map<number, number>();
    for (const v of source.values)
      if (v.kind === kind && v.year !== undefined && v.value !== undefined && !points.has(v.year)) points.set(v.year, v.value);
    if (points.size > 0) rows.push({ ...name(kind), kind, points, unitLabel: source.unitLabel || undefined, href: source.href });
  }
  return rows;
}

/** One sentence part for one row: "880 procedur w 2017 r., 830 w 2020 r.; spadek o 50". */
function rowClause(row: YearRow, unit: ChartUnit, single: boolean): string {
  const points = [...row.points].sort((a, b) => a[0] - b[0]);
  const [y0, v0] = points[0]!;
  const [yN, vN] = points[points.length - 1]!;
  const first = showValue(v0, unit, row.unitLabel);
  if (points.length === 1) return `${first} ${t.chart.inYear(y0)}`;
  const notes: string[] = [];
  const constant = points.every(([, v]) => tidy(v - v0) === 0);
  if (constant) notes.push(t.chart.noChange);
  else {
    notes.push(changeText(v0, vN, unit));
    if ((single || tidy(vN - v0) === 0) && points.length > 2) {
      // Say an extreme that the first and last values hide (1 131 → 978 → 1 076, or 1 → 0 → 1).
      const inner = points.slice(1, -1);
      const low = inner.reduce((a, b) => (b[1] < a[1] ? b : a));
      const high = inner.reduce((a, b) => (b[1] > a[1] ? b : a));
      if (low[1] < Math.min(v0, vN)) notes.push(t.chart.lowest(formatValue(low[1], unit), low[0]));
      else if (high[1] > Math.max(v0, vN)) notes.push(t.chart.highest(formatValue(high[1], unit), high[0]));
    }
  }
  const values = constant
    ? `${first} ${t.chart.everyYear(formatPeriod(y0, yN))}`
    : `${first} ${t.chart.inYear(y0)}, ${formatValue(vN, unit)} ${t.chart.inYear(yN)}`;
  return single ? `${values}; ${notes.join('; ')}` : `${values} (${notes.join('; ')})`;
}

/** "w 2023 r. wykonanie 300 wobec celu 295", for years that have both. */
function versusClauses(rows: readonly YearRow[], unit: ChartUnit): string[] {
  const out: string[] = [];
  const targets = rows.filter((r) => r.kind === 'target');
  for (const achieved of rows.filter((r) => r.kind === 'achieved')) {
    const target = targets.find((r) => r.href === achieved.href);
    if (!target) continue;
    for (const [year, value] of [...achieved.points].sort((a, b) => a[0] - b[0])) {
      const goal = target.points.get(year);
      if (goal !== undefined) out.push(t.chart.versus(year, formatValue(value, unit), formatValue(goal, unit)));
    }
  }
  return out;
}

export interface YearsChartInput {
  id: string;
  /** What the chart is about: "Działanie 1.2", a statistics table's title, a series' title. */
  subject: string;
  caption: string;
  unit: ChartUnit;
  rows: readonly YearRow[];
  /** What every line's name shares, said once at the start of the summary. */
  lead?: string;
  rowHeader?: string;
  /** The noun trend counts use ("w 2 miernikach" or "w 2 seriach"). */
  noun?: (n: number) => string;
  /** The town (or towns) whose values these are: named in the heading, summary, legend and caption. */
  place: string;
  /** Named by the heading instead of place (a series whose lines already name their towns). */
  placeInLines?: boolean;
  /** The measure of a chart of one line, said at the start of its summary (a chart split from others). */
  measureName?: string;
  /** The fewest numbers worth a chart: 2, or 1 for a town's part of a series split by scale. */
  minNumbers?: number;
}

/** A line chart over years. Undefined when there are fewer than two numbers (minNumbers). */
export function yearsChart(input: YearsChartInput): ChartSpec | undefined {
  const { rows, unit } = input;
  const years = [...new Set(rows.flatMap((r) => [...r.points.keys()]))].sort((a, b) => a - b);
  const count = rows.reduce((n, r) => n + r.points.size, 0);
  if (rows.length === 0 || count < (input.minNumbers ?? 2)) return undefined;
  const period = formatPeriod(years[0]!, years[years.length - 1]!);
  const kinds = CHART_KIND_ORDER.filter((k) => rows.some((r) => r.kind === k));
  const single = rows.length === 1;
  const kindWord = single ? t.chart.kinds[kinds[0]!]! : kinds.map((k) => t.chart.kindsMany[k]).join(' i ');

  // Heading: the trend of one line, or how many lines rise, fall or stay.
  const trends = rows
    .filter((r) => r.points.size >= 2)
    .map((r) => {
      const ys = [...r.points.keys()].sort((a, b) => a - b);
      return { first: r.points.get(ys[0]!)!, last: r.points.get(ys[ys.length - 1]!)! };
    });
  const message = single
    ? trends.length
      ? fromToText(trends[0]!.first, trends[0]!.last, unit)
      : ''
    : trendCounts(
        trends.map((x) => direction(x.first, x.last)),
        input.noun ?? (kinds.length > 1 ? t.chart.inSeries : t.chart.inMeasures),
      );
  // A subject that already names its years ("… w latach 2021–2022") does not repeat them.
  const dated = input.subject.includes(String(years[0])) && input.subject.includes(String(years[years.length - 1]));
  // Several measures on one axis: the heading says which (the axis title says it too).
  const labels = [...new Set(rows.map((r) => r.unitLabel ?? ''))];
  const measures = new Set(rows.map((r) => r.href ?? r.label)).size;
  const measure = unit !== 'count' || measures > 1 ? chartsText.measureWord(unit, labels.length === 1 ? labels[0] : undefined) : undefined;
  const head = chartsText.placed(input.subject, input.place, measure);
  const title = `${head}: ${kindWord}${message ? ` — ${message}` : ''}${dated ? '' : ` (${period})`}`;

  // Summary: one clause per line, joined into one sentence; a kind all lines share is said once.
  // It starts with the town ("Kraków — cel: …"), so the kind after it is not capitalised.
  const clauses = single
    ? [`${input.measureName ? `${input.measureName}, ` : ''}${t.chart.kinds[rows[0]!.kind]!}: ${rowClause(rows[0]!, unit, true)}`]
    : rows.map((r) => `${r.name} — ${rowClause(r, unit, false)}`);
  const opening = single
    ? ''
    : kinds.length === 1
      ? `${t.chart.kindsMany[kinds[0]!]!}${input.lead ? ` — ${input.lead}` : ''}: `
      : input.lead
        ? `${input.lead}: `
        : '';
  const first = `${opening}${clauses[0]}`;
  const summary = sentence([
    input.placeInLines ? capitalise(first) : chartsText.inPlace(input.place, first),
    ...clauses.slice(1),
    ...versusClauses(rows, unit),
  ]);

  return {
    id: input.id,
    type: 'line',
    x: 'year',
    horizontal: false,
    unit,
    title,
    summary,
    caption: withPlace(input.caption, input.place),
    rowHeader: input.rowHeader ?? (single ? t.chart.kind : t.chart.measure),
    categories: years.map((y) => ({ label: String(y), axis: [String(y)], short: String(y), year: y })),
    datasets: rows.map((r) => ({
      label: r.label,
      legend: r.legend,
      kind: r.kind,
      values: years.map((y) => r.points.get(y) ?? null),
      unitLabel: r.unitLabel,
      href: r.href,
    })),
    height: heightFor(false, [], rows.length),
    place: input.place,
    axes: { value: chartsText.valueAxis(unit, labels.length === 1 ? labels[0] || undefined : undefined), category: chartsText.yearAxis },
    measures: 'datasets',
  };
}

/** A table caption that names the town: "Dane wykresu: Działanie 1.2 — Kraków". */
export const withPlace = (caption: string, place: string) => (caption.includes(place) ? caption : `${caption} — ${place}`);

/** Lines for indicators of one unit: named by the kind alone when there is one indicator. */
export function rowsOf(indicators: readonly PlacedIndicator[]): { rows: YearRow[]; lead?: string } {
  if (indicators.length === 1)
    return {
      rows: yearRowsByKind(lineSource(indicators[0]!), (kind) => {
        const name = capitalise(t.chart.legendKinds[kind]!);
        return { label: name, name, legend: name };
      }),
    };
  const { lead, names } = commonLead(indicators.map((pi) => pi.indicator.label));
  const legends = legendNames(names);
  const mixed =
    new Set(indicators.flatMap((pi) => yearRowsByKind(lineSource(pi), () => ({ label: '', name: '', legend: '' })).map((r) => r.kind)))
      .size > 1;
  const rows = indicators.flatMap((pi, i) =>
    yearRowsByKind(lineSource(pi), (kind) => ({
      label: mixed ? `${pi.indicator.label} — ${t.chart.legendKinds[kind]}` : pi.indicator.label,
      name: mixed ? `${names[i]}, ${t.chart.kinds[kind]}` : names[i]!,
      legend: `${legends[i]} — ${t.chart.kinds[kind]}`,
    })),
  );
  return { rows, lead };
}
