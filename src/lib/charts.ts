// Chart specs: the plain data of one chart with a heading that states its message, a one-sentence
// Polish summary and the numbers its table shows. Built at build time, so the summary and the
// table are in the HTML; the client script (src/scripts/chart.ts) only draws the canvas from them.
// Units never mix on one axis: callers group indicators by unit first (groupByUnit).
import type { PlacedIndicator, PlacedValue, ProgrammeModel, SiteModel } from './model.ts';
import type { Unit } from '../schemas/indicator.ts';
import { budgetRows, type BudgetRow } from './budget.ts';
import { formatNumber, formatPeriod, formatValue } from './format.ts';
import { shownPlace } from './places.ts';
import { compareTime, resolveTime, timeKey, timeLabel, type ValueTime } from './valueTime.ts';
import { periodOf } from './model.ts';
import { indicatorUrl } from './urls.ts';
import { t } from '../i18n/pl.ts';

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
}

/** What the client script needs to draw; the rest is already in the HTML. */
export type ClientSpec = Pick<ChartSpec, 'type' | 'horizontal' | 'unit' | 'summary' | 'height'> & {
  categories: { label: string; axis: string[]; short: string; unitLabel?: string }[];
  datasets: { legend: string; kind: ChartKind; values: (number | null)[]; unitLabel?: string }[];
};

export function clientSpec(spec: ChartSpec): ClientSpec {
  return {
    type: spec.type,
    horizontal: spec.horizontal,
    unit: spec.unit,
    summary: spec.summary,
    height: spec.height,
    categories: spec.categories.map(({ label, axis, short, unitLabel }) => ({ label, axis, short, unitLabel })),
    datasets: spec.datasets.map(({ legend, kind, values, unitLabel }) => ({ legend, kind, values, unitLabel })),
  };
}

// ---- Style shared with the client renderer -------------------------------------------------

/**
 * Series colours, in order. Every colour has at least 3:1 contrast with white, and each with the
 * next one (also the last with the first), because dark and mid-tone colours alternate.
 */
export const PALETTE = ['#0a2657', '#e8590c', '#3b0f4f', '#2f9b3a', '#4a1500', '#1c86d6', '#05301a', '#d6338a'] as const;

/** Kinds differ by line dash and marker too, never by colour alone. */
export const KIND_STYLE: Record<ChartKind, { dash: number[]; point: 'circle' | 'triangle' | 'rect' | 'rectRot' }> = {
  target: { dash: [], point: 'circle' },
  achieved: { dash: [8, 5], point: 'triangle' },
  statistic: { dash: [2, 4], point: 'rect' },
  baseline: { dash: [12, 4, 2, 4], point: 'rectRot' },
  budget: { dash: [], point: 'rect' },
};

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// ---- Text helpers --------------------------------------------------------------------------

const KIND_ORDER: ChartKind[] = ['baseline', 'target', 'achieved', 'statistic', 'budget'];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Clauses joined into one sentence, with one full stop even after "pkt proc.". */
export const sentence = (clauses: readonly string[]) => {
  const text = clauses.join('; ');
  return text.endsWith('.') ? text : `${text}.`;
};
/** Removes float noise (66.79 → 75 is 8.21, not 8.210000000000008). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** A value as the summary says it: "880 procedur", "69%", "30 000 zł". */
export function showValue(value: number, unit: ChartUnit, unitLabel?: string): string {
  const shown = formatValue(value, unit);
  return unit === 'count' && unitLabel ? `${shown} ${unitLabel}` : shown;
}

/** The difference of two values: "wzrost o 50", "spadek o 1,5 pkt proc.", "bez zmian". */
export function changeText(first: number, last: number, unit: ChartUnit): string {
  const d = tidy(last - first);
  if (d === 0) return t.chart.noChange;
  const size = unit === 'percent' ? `${formatNumber(Math.abs(d))} ${t.chart.percentPoints}` : formatValue(Math.abs(d), unit);
  return d > 0 ? t.chart.rise(size) : t.chart.fall(size);
}

/** "spadek z 880 do 830", "wzrost z 0,5% do 2%", "stały poziom 4". */
export function fromToText(first: number, last: number, unit: ChartUnit): string {
  const d = tidy(last - first);
  const [a, b] = [formatValue(first, unit), formatValue(last, unit)];
  return d === 0 ? t.chart.sameValue(a) : d > 0 ? t.chart.riseFromTo(a, b) : t.chart.fallFromTo(a, b);
}

export type Direction = 'rise' | 'fall' | 'same';
export const direction = (first: number, last: number): Direction => {
  const d = tidy(last - first);
  return d > 0 ? 'rise' : d < 0 ? 'fall' : 'same';
};

/** "wzrost w 2 miernikach, spadek w 1, bez zmian w 3" (only the first part names the noun). */
export function trendCounts(directions: readonly Direction[], noun: (n: number) => string = t.chart.inMeasures): string {
  const parts: string[] = [];
  for (const [dir, say] of [['rise', t.chart.trendRise], ['fall', t.chart.trendFall], ['same', t.chart.trendSame]] as const) {
    const n = directions.filter((d) => d === dir).length;
    if (n > 0) parts.push(say(parts.length === 0 ? noun(n) : t.chart.inN(n)));
  }
  return parts.join(', ');
}

/** Cuts a label at a word boundary: "Liczba osób objętych…". */
export function shorten(label: string, max = 40): string {
  const s = label.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Wraps a label into lines of about `width` characters, at most `lines` of them. */
export function wrapLabel(label: string, width = 28, lines = 3): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of label.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = shorten(`${kept[lines - 1]} ${out[lines]}`, width);
  if (!kept[lines - 1]!.endsWith('…')) kept[lines - 1] += '…';
  return kept;
}

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

const heightFor = (horizontal: boolean, categories: readonly { axis: string[] }[], datasets: number): number => {
  if (!horizontal) return 18;
  const lines = Math.max(1, ...categories.map((c) => c.axis.length));
  const per = Math.max(lines * 1.15 + 0.9, 1.2 + datasets * 1.1);
  return Math.round((5 + categories.length * per) * 10) / 10;
};

// ---- Grouping --------------------------------------------------------------------------------

/** Indicators with at least one number, grouped by unit in order of first appearance; text units left out. */
export function groupByUnit<T extends { indicator: { unit: Unit } ; values: readonly PlacedValue[] }>(
  indicators: readonly T[],
): { unit: ChartUnit; indicators: T[] }[] {
  const groups: { unit: ChartUnit; indicators: T[] }[] = [];
  for (const pi of indicators) {
    const unit = pi.indicator.unit;
    if (unit === 'text' || !pi.values.some((v) => v.value !== undefined && v.kind !== 'budget')) continue;
    let group = groups.find((g) => g.unit === unit);
    if (!group) groups.push((group = { unit, indicators: [] }));
    group.indicators.push(pi);
  }
  return groups;
}

/** Distinct years in which an indicator has a number, in order. */
export function numericYears(pi: { values: readonly PlacedValue[] }): number[] {
  return [...new Set(pi.values.filter((v) => v.value !== undefined && v.year !== undefined).map((v) => v.year!))].sort((a, b) => a - b);
}

export const isMultiYear = (pi: { values: readonly PlacedValue[] }) => numericYears(pi).length >= 2;

/**
 * True when a chart's table shows every value of the indicator: charts draw only values of one
 * year with a number, so an indicator that also has a range, a yearly value, a value without a
 * time or a wording without a number keeps its own table row too.
 */
export const chartShowsAll = (pi: { values: readonly PlacedValue[] }) => pi.values.every((v) => v.time.kind === 'year' && v.value !== undefined);

// ---- Charts over years -----------------------------------------------------------------------

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

/** The rows of one indicator: one per kind of value that has a year and a number. */
export function indicatorRows(pi: PlacedIndicator, name: (kind: ChartKind) => { label: string; name: string; legend: string }): YearRow[] {
  const rows: YearRow[] = [];
  for (const kind of KIND_ORDER) {
    const points = new Map<number, number>();
    for (const v of pi.values) if (v.kind === kind && v.year !== undefined && v.value !== undefined && !points.has(v.year)) points.set(v.year, v.value);
    if (points.size > 0)
      rows.push({ ...name(kind), kind, points, unitLabel: pi.indicator.unitLabel || undefined, href: indicatorUrl(pi.programme, pi.indicator.id) });
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
}

/** A line chart over years. Undefined when there are fewer than two numbers. */
export function yearsChart(input: YearsChartInput): ChartSpec | undefined {
  const { rows, unit } = input;
  const years = [...new Set(rows.flatMap((r) => [...r.points.keys()]))].sort((a, b) => a - b);
  const count = rows.reduce((n, r) => n + r.points.size, 0);
  if (rows.length === 0 || count < 2) return undefined;
  const period = formatPeriod(years[0]!, years[years.length - 1]!);
  const kinds = KIND_ORDER.filter((k) => rows.some((r) => r.kind === k));
  const single = rows.length === 1;
  const kindWord = single ? t.chart.kinds[kinds[0]!]! : kinds.map((k) => t.chart.kindsMany[k]).join(' i ');

  // Heading: the trend of one line, or how many lines rise, fall or stay.
  const trends = rows.filter((r) => r.points.size >= 2).map((r) => {
    const ys = [...r.points.keys()].sort((a, b) => a - b);
    return { first: r.points.get(ys[0]!)!, last: r.points.get(ys[ys.length - 1]!)! };
  });
  const message = single
    ? trends.length ? fromToText(trends[0]!.first, trends[0]!.last, unit) : ''
    : trendCounts(trends.map((x) => direction(x.first, x.last)), input.noun ?? (kinds.length > 1 ? t.chart.inSeries : t.chart.inMeasures));
  // A subject that already names its years ("… w latach 2021–2022") does not repeat them.
  const dated = input.subject.includes(String(years[0])) && input.subject.includes(String(years[years.length - 1]));
  const title = `${input.subject}${t.chart.unitGroups[unit]}: ${kindWord}${message ? ` — ${message}` : ''}${dated ? '' : ` (${period})`}`;

  // Summary: one clause per line, joined into one sentence; a kind all lines share is said once.
  const clauses = single
    ? [`${capitalise(t.chart.kinds[rows[0]!.kind]!)}: ${rowClause(rows[0]!, unit, true)}`]
    : rows.map((r) => `${r.name} — ${rowClause(r, unit, false)}`);
  const opening = single
    ? ''
    : kinds.length === 1
      ? `${capitalise(t.chart.kindsMany[kinds[0]!]!)}${input.lead ? ` — ${input.lead}` : ''}: `
      : input.lead ? `${input.lead}: ` : '';
  const summary = sentence([`${opening}${clauses[0]}`, ...clauses.slice(1), ...versusClauses(rows, unit)]);

  return {
    id: input.id,
    type: 'line',
    x: 'year',
    horizontal: false,
    unit,
    title,
    summary,
    caption: input.caption,
    rowHeader: input.rowHeader ?? (single ? t.chart.kind : t.chart.measure),
    categories: years.map((y) => ({ label: String(y), axis: [String(y)], short: String(y) })),
    datasets: rows.map((r) => ({
      label: r.label,
      legend: r.legend,
      kind: r.kind,
      values: years.map((y) => r.points.get(y) ?? null),
      unitLabel: r.unitLabel,
      href: r.href,
    })),
    height: heightFor(false, [], rows.length),
  };
}

/**
 * What the labels of several lines share up to a separator, and what is left of each:
 * "Udział …: Policja", "Udział …: oświata" → lead "Udział …", names "Policja", "oświata".
 */
export function commonLead(labels: readonly string[]): { lead?: string; names: string[] } {
  if (labels.length < 2) return { names: [...labels] };
  let prefix = labels[0]!;
  for (const l of labels) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  let cut = -1;
  let end = -1;
  for (const m of prefix.matchAll(/(?::|,|\s[—–-])\s/g)) {
    cut = m.index;
    end = m.index + m[0].length;
  }
  const names = labels.map((l) => l.slice(end).trim());
  if (cut < 8 || names.some((n) => !n)) return { names: [...labels] };
  // The lead continues a sentence: "Cele — udział we …", unless it starts with an abbreviation.
  const lead = prefix.slice(0, cut).trim();
  return { lead: /^.\p{Ll}/u.test(lead) ? lead[0]!.toLowerCase() + lead.slice(1) : lead, names };
}

/** Legend names short enough to read and still different from one another. */
export function legendNames(names: readonly string[], max = 36): string[] {
  for (let m = max; ; m += 12) {
    const short = names.map((n) => shorten(n, m));
    if (new Set(short).size === short.length || m > 120) return short;
  }
}

/** Lines for indicators of one unit: named by the kind alone when there is one indicator. */
export function rowsOf(indicators: readonly PlacedIndicator[]): { rows: YearRow[]; lead?: string } {
  if (indicators.length === 1)
    return {
      rows: indicatorRows(indicators[0]!, (kind) => {
        const name = capitalise(t.chart.legendKinds[kind]!);
        return { label: name, name, legend: name };
      }),
    };
  const { lead, names } = commonLead(indicators.map((pi) => pi.indicator.label));
  const legends = legendNames(names);
  const mixed = new Set(indicators.flatMap((pi) => indicatorRows(pi, () => ({ label: '', name: '', legend: '' })).map((r) => r.kind))).size > 1;
  const rows = indicators.flatMap((pi, i) =>
    indicatorRows(pi, (kind) => ({
      label: mixed ? `${pi.indicator.label} — ${t.chart.legendKinds[kind]}` : pi.indicator.label,
      name: mixed ? `${names[i]}, ${t.chart.kinds[kind]}` : names[i]!,
      legend: `${legends[i]} — ${t.chart.kinds[kind]}`,
    })),
  );
  return { rows, lead };
}

// ---- Comparisons of measures in one year ------------------------------------------------------

export interface ComparisonInput {
  id: string;
  subject: string;
  unit: ChartUnit;
  /** The year compared; undefined compares values the document gives no time for. */
  year: number | undefined;
  indicators: readonly PlacedIndicator[];
  /** The table caption, when not "Dane wykresu: <subject>, <year>". */
  caption?: string;
}

/** Horizontal bars: the measures of one year side by side. Undefined with fewer than two numbers. */
export function comparisonChart(input: ComparisonInput): ChartSpec | undefined {
  const { unit, year } = input;
  const sameTime = (v: PlacedValue) => (year === undefined ? v.time.kind === 'none' : v.year === year);
  const valueOf = (pi: PlacedIndicator, kind: ChartKind) => pi.values.find((v) => v.kind === kind && sameTime(v) && v.value !== undefined)?.value;
  const indicators = input.indicators.filter((pi) => pi.indicator.unit === unit && KIND_ORDER.some((k) => valueOf(pi, k) !== undefined));
  const kinds = KIND_ORDER.filter((k) => indicators.some((pi) => valueOf(pi, k) !== undefined));
  const datasets: ChartDataset[] = kinds.map((kind) => ({
    label: capitalise(t.chart.legendKinds[kind]!),
    legend: year === undefined ? capitalise(t.chart.legendKinds[kind]!) : `${capitalise(t.chart.legendKinds[kind]!)} ${t.chart.when[kind]!(String(year))}`,
    kind,
    values: indicators.map((pi) => valueOf(pi, kind) ?? null),
  }));
  const numbers = datasets.flatMap((d) => d.values.filter((v): v is number => v !== null));
  if (numbers.length < 2) return undefined;
  // Axis labels leave out what all measures share ("Udział we wszczętych procedurach …:").
  const { lead, names } = commonLead(indicators.map((pi) => pi.indicator.label));
  const categories = indicators.map((pi, i) => ({
    label: pi.indicator.label,
    axis: wrapLabel(names[i]!),
    short: names[i]!,
    unitLabel: pi.indicator.unitLabel || undefined,
    href: indicatorUrl(pi.programme, pi.indicator.id),
  }));
  const kindWhen = (kind: ChartKind) => (year === undefined ? t.chart.kindsMany[kind]! : `${t.chart.kindsMany[kind]} ${t.chart.when[kind]!(String(year))}`);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  // One wording of the unit for all ("kobiet na 100 mężczyzn") goes after the range.
  const words = new Set(categories.map((c) => c.unitLabel));
  const only = unit === 'count' && words.size === 1 ? [...words][0] : undefined;
  const spread = min === max ? t.chart.allEqual(showValue(min, unit, only)) : t.chart.range(formatValue(min, unit), showValue(max, unit, only));
  const title = `${input.subject}${t.chart.unitGroups[unit]}: ${kinds.map(kindWhen).join(', ')} — ${spread}`;
  const clauses = datasets.map((d) => {
    const items = d.values
      .map((v, i) => ({ v, c: categories[i]!, name: names[i]! }))
      .filter((x) => x.v !== null)
      .sort((a, b) => b.v! - a.v!)
      .map((x) => `${x.name} — ${showValue(x.v!, unit, x.c.unitLabel)}`);
    return `${capitalise(kindWhen(d.kind))}${lead ? ` — ${lead}` : ''}: ${items.join('; ')}`;
  });
  return {
    id: input.id,
    type: 'bar',
    x: 'category',
    horizontal: true,
    unit,
    title,
    summary: sentence(clauses),
    caption: input.caption ?? t.chart.tableCaption(`${input.subject}${t.chart.unitGroups[unit]}${year === undefined ? '' : `, ${year}`}`),
    rowHeader: t.chart.measure,
    categories,
    datasets,
    height: heightFor(true, categories, datasets.length),
  };
}

// ---- Goal pages ------------------------------------------------------------------------------

export interface GoalCharts {
  /** Charts over years, after the action they belong to (multi-year programmes). */
  byAction: Map<string, ChartSpec[]>;
  /** Comparisons of one year's measures, at the end of their task ('' for actions without a task). */
  byTask: Map<string, ChartSpec[]>;
  /** Indicators whose values a by-action chart's table already shows (the action's own table leaves them out). */
  charted: Set<PlacedIndicator>;
}

/**
 * The charts of one goal page. When the goal's measures have values in two or more years, one
 * chart per action and unit (its multi-year measures); otherwise one comparison per task and unit.
 */
export function goalCharts(p: ProgrammeModel, goalId: string): GoalCharts {
  const indicators = p.indicators.filter((pi) => pi.group === 'action' && pi.goal === goalId);
  const byAction = new Map<string, ChartSpec[]>();
  const byTask = new Map<string, ChartSpec[]>();
  const charted = new Set<PlacedIndicator>();
  const push = <K>(map: Map<K, ChartSpec[]>, key: K, spec: ChartSpec | undefined) => {
    if (spec) map.set(key, [...(map.get(key) ?? []), spec]);
    return spec !== undefined;
  };
  // Tasks by their key: two unnumbered tasks of a goal are two tasks, not one ''.
  const places = new Map(indicators.map((pi) => [pi, shownPlace(p, pi)]));
  if (indicators.some(isMultiYear)) {
    const actions = [...new Set(indicators.map((pi) => pi.actionId!))];
    for (const actionId of actions) {
      const multi = indicators.filter((pi) => pi.actionId === actionId && isMultiYear(pi));
      const place = places.get(multi[0] ?? indicators[0]!)!;
      const action = t.chart.action(place.actionId, place.actionTitle);
      for (const group of groupByUnit(multi)) {
        const one = group.indicators.length === 1;
        const subject = one ? `${action}, ${group.indicators[0]!.indicator.label}` : action;
        const { rows, lead } = rowsOf(group.indicators);
        const kinds = [...new Set(rows.map((r) => r.kind))];
        const drawn = push(byAction, actionId, yearsChart({
          id: chartId('dzialanie', actionId, group.unit),
          subject,
          caption: t.chart.tableCaption(`${subject}${t.chart.unitGroups[group.unit]}${one ? '' : ` — ${kinds.map((k) => t.chart.kindsMany[k]).join(' i ')}`}`),
          unit: group.unit,
          rows,
          lead,
        }));
        if (drawn) group.indicators.filter(chartShowsAll).forEach((pi) => charted.add(pi));
      }
    }
    return { byAction, byTask, charted };
  }
  const tasks = [...new Set(indicators.map((pi) => places.get(pi)!.taskKey))];
  for (const task of tasks) {
    const inTask = indicators.filter((pi) => places.get(pi)!.taskKey === task);
    const place = places.get(inTask[0]!)!;
    const year = mostCommonYear(inTask);
    if (year === undefined) continue;
    for (const group of groupByUnit(inTask))
      push(byTask, task, comparisonChart({
        id: chartId('zadanie', task || goalId, group.unit),
        subject: task ? t.chart.task(place.taskId, place.taskTitle) : t.chart.goalActions(goalId),
        unit: group.unit,
        year,
        indicators: group.indicators,
      }));
  }
  return { byAction, byTask, charted };
}

function mostCommonYear(indicators: readonly PlacedIndicator[]): number | undefined {
  const counts = new Map<number, number>();
  for (const pi of indicators) for (const v of pi.values) if (v.year !== undefined && v.value !== undefined) counts.set(v.year, (counts.get(v.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

// ---- Programme page ----------------------------------------------------------------------------

/**
 * Budget by task (or by goal where there are no tasks), one chart per time the amounts are given
 * for: a year, a range as a whole, each year of a range — never amounts of different times added up.
 */
export function budgetCharts(p: ProgrammeModel, rows: readonly BudgetRow[] = budgetRows(p)): ChartSpec[] {
  const titles = new Map<string, string>();
  for (const g of p.goals) {
    titles.set(`goal:${g.data.id}`, g.data.title);
    for (const task of g.data.tasks) if (task.id !== undefined) titles.set(`task:${task.id}`, task.title);
  }
  const times = new Map<string, ValueTime>(rows.map((r) => [timeKey(r.time), r.time]));
  const specs: ChartSpec[] = [];
  for (const time of [...times.values()].sort(compareTime)) {
    // A task by its printed id; an unnumbered one by its key (named by its title); actions under the goal by the goal.
    const sums = new Map<string, { kind: 'task' | 'goal'; id: string; title?: string; sum: number }>();
    for (const r of rows.filter((x) => timeKey(x.time) === timeKey(time))) {
      const [kind, id] = r.task ? (['task', r.task] as const) : r.taskKey ? (['task', ''] as const) : (['goal', r.goal] as const);
      const key = r.task || !r.taskKey ? `${kind}:${id}` : `key:${r.taskKey}`;
      const entry = sums.get(key) ?? { kind, id, title: r.task ? undefined : r.taskTitle, sum: 0 };
      entry.sum += r.value;
      sums.set(key, entry);
    }
    const parts = [...sums.values()];
    if (parts.length < 2) continue;
    const when = time.kind === 'year' ? t.chart.when.budget!(String(time.year)) : timeLabel(time, t.time);
    const money = (n: number) => formatValue(n, 'currency');
    const name = (x: { kind: 'task' | 'goal'; id: string; title?: string }) => t.chart.taskOrGoal(x.kind, x.id, x.title);
    const top = parts.reduce((a, b) => (b.sum > a.sum ? b : a));
    const low = parts.reduce((a, b) => (b.sum < a.sum ? b : a));
    const total = tidy(parts.reduce((n, x) => n + x.sum, 0));
    const categories = parts.map((x) => {
      const label = x.title !== undefined ? capitalise(name(x)) : `${capitalise(name(x))}: ${titles.get(`${x.kind}:${x.id}`) ?? ''}`.replace(/: $/, '');
      return { label, axis: [capitalise(name(x))], short: capitalise(name(x)) };
    });
    specs.push({
      id: chartId('budzet', timeKey(time)),
      type: 'bar',
      x: 'category',
      horizontal: true,
      unit: 'currency',
      title: t.chart.budgetTitle(when, name(top), money(top.sum)),
      summary: t.chart.budgetSummary(money(total), when, name(top), money(top.sum), name(low), money(low.sum)),
      caption: t.chart.budgetCaption(when),
      rowHeader: t.chart.taskHeader,
      categories,
      datasets: [{ label: capitalise(t.chart.legendKinds.budget!), legend: capitalise(t.chart.legendKinds.budget!), kind: 'budget', values: parts.map((x) => tidy(x.sum)) }],
      height: heightFor(true, categories, 1),
    });
  }
  return specs;
}

/** The results declaration: for each strategic indicator, its baseline beside its excellent value. */
export function declarationCharts(p: ProgrammeModel): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const s of p.data.strategicIndicators) {
    if (s.unit === 'text') continue;
    const unit = s.unit;
    const base = s.values.find((v) => v.kind === 'baseline' && v.value !== undefined);
    const goal = s.values.find((v) => v.kind === 'target' && v.value !== undefined);
    if (!base || !goal) continue;
    const when = (v: { year?: number; from?: number; to?: number; annual?: true }) => {
      const time = resolveTime(v, periodOf(p.data));
      return time.kind === 'none' ? '' : ` (${timeLabel(time, t.time)})`;
    };
    const baseName = `${capitalise(t.chart.legendKinds.baseline!)}${when(base)}`;
    const goalName = `${capitalise(t.chart.excellent)}${when(goal)}`;
    const change = fromToText(base.value!, goal.value!, unit);
    specs.push({
      id: chartId('deklaracja', s.id),
      type: 'bar',
      x: 'category',
      horizontal: false,
      unit,
      title: t.chart.declarationTitle(s.id, change),
      summary: sentence([
        `${baseName}: ${showValue(base.value!, unit, s.unitLabel)}`,
        `${t.chart.excellent}${when(goal)}: ${formatValue(goal.value!, unit)}`,
        changeText(base.value!, goal.value!, unit),
      ]),
      caption: t.chart.declarationCaption(s.id),
      rowHeader: t.chart.measure,
      categories: [{ label: `${s.id}: ${s.label}`, axis: wrapLabel(s.label, 40, 2), short: s.label, unitLabel: s.unitLabel || undefined, href: indicatorUrl(p.slug, s.id) }],
      datasets: [
        { label: baseName, legend: baseName, kind: 'baseline', values: [base.value!] },
        { label: goalName, legend: goalName, kind: 'target', values: [goal.value!] },
      ],
      height: 16,
    });
  }
  return specs;
}

export interface StatisticsCharts {
  title: string;
  source: string;
  /** Charts of the table's measures with values in two or more years, one per unit. */
  charts: ChartSpec[];
  /** The table's indicators no chart shows (single values, values without a year). */
  rest: PlacedIndicator[];
}

/**
 * The diagnosis tables, each with its charts (possibly none): the measures with values in two or
 * more years over time, one chart per unit; then, of the rest, values of the same unit, wording
 * and year (or all without a year) side by side, where there are at least two with a shared lead.
 */
export function statisticsCharts(p: ProgrammeModel): StatisticsCharts[] {
  return (p.statistics?.data.tables ?? []).map((table) => {
    const indicators = p.indicators.filter((pi) => pi.group === 'statistics' && pi.context === table.title);
    const charts: ChartSpec[] = [];
    const shown = new Set<PlacedIndicator>();
    const subject = table.title.replace(/\s*\([^)]*\)\s*$/, '');
    const caption = `${table.title} (${table.source})`;
    const groups = groupByUnit(indicators.filter(isMultiYear));
    for (const group of groups) {
      const spec = yearsChart({
        id: chartId('diagnoza', table.id, group.unit),
        subject,
        caption: groups.length > 1 ? `${caption}${t.chart.unitGroups[group.unit]}` : caption,
        unit: group.unit,
        ...rowsOf(group.indicators),
      });
      if (!spec) continue;
      charts.push(spec);
      group.indicators.filter(chartShowsAll).forEach((pi) => shown.add(pi));
    }
    // Single values: compare only like with like (same unit, same wording of it, same year, or all
    // without a time). Values for a range or for each year of one stay in the table.
    const single = new Map<string, { unit: ChartUnit; unitLabel: string; year?: number; indicators: PlacedIndicator[] }>();
    for (const pi of indicators) {
      const values = pi.values.filter((v) => v.value !== undefined);
      if (shown.has(pi) || pi.indicator.unit === 'text' || values.length !== 1 || pi.values.length !== 1) continue;
      if (values[0]!.time.kind === 'range' || values[0]!.time.kind === 'annual') continue;
      const unit = pi.indicator.unit as ChartUnit;
      const key = JSON.stringify([unit, pi.indicator.unitLabel, values[0]!.year ?? null]);
      const entry = single.get(key) ?? { unit, unitLabel: pi.indicator.unitLabel, year: values[0]!.year, indicators: [] };
      entry.indicators.push(pi);
      single.set(key, entry);
    }
    // Only values that say what they share ("Kobiety po napaści: niepokój", "…: depresja"): two
    // percentages of different bases (residents of retirement age; women among them) are not compared.
    const comparable = [...single.values()].filter(
      (g) => g.indicators.length >= 2 && commonLead(g.indicators.map((pi) => pi.indicator.label)).lead !== undefined,
    );
    for (const g of comparable) {
      const spec = comparisonChart({
        id: chartId('diagnoza', table.id, g.unit, g.unitLabel, String(g.year ?? 'bez-roku')),
        subject,
        unit: g.unit,
        year: g.year,
        indicators: g.indicators,
        caption:
          charts.length + comparable.length > 1
            ? `${caption} — ${g.unit === 'count' ? g.unitLabel : t.chart.unitNames[g.unit]}${g.year ? `, ${g.year}` : ''}`
            : caption,
      });
      if (!spec) continue;
      charts.push(spec);
      g.indicators.forEach((pi) => shown.add(pi));
    }
    return { title: table.title, source: table.source, charts, rest: indicators.filter((pi) => !shown.has(pi)) };
  });
}

// ---- Series across programmes and editions -----------------------------------------------------

export interface SeriesMember {
  /** The programme's short title, naming the line ("Program 2017–2020"). */
  programmeTitle: string;
  /** The programme's period ("2017–2020"); names the line in the legend when editions differ. */
  edition?: string;
  indicator: PlacedIndicator;
}

const members = new WeakMap<readonly ProgrammeModel[], Map<string, SeriesMember[]>>();

/** Every indicator of a series across the site, older editions first, named by programme and period. */
export function seriesMembers(site: Pick<SiteModel, 'programmes'>, seriesId: string): SeriesMember[] {
  // Once per site and series, not once per indicator page.
  const cached = members.get(site.programmes) ?? new Map<string, SeriesMember[]>();
  members.set(site.programmes, cached);
  const found = cached.get(seriesId) ?? computeSeriesMembers(site.programmes, seriesId);
  cached.set(seriesId, found);
  return found;
}

function computeSeriesMembers(programmes: readonly ProgrammeModel[], seriesId: string): SeriesMember[] {
  return [...programmes]
    .sort((a, b) => a.data.periodStart - b.data.periodStart || a.slug.localeCompare(b.slug))
    .flatMap((p) => {
      const period = formatPeriod(p.data.periodStart, p.data.periodEnd);
      const programmeTitle = p.data.shortTitle.includes(period) ? p.data.shortTitle : `${p.data.shortTitle} (${period})`;
      return p.indicators.filter((pi) => pi.indicator.series === seriesId).map((indicator) => ({ programmeTitle, edition: period, indicator }));
    });
}

/**
 * One measure followed across programmes and editions: a line per programme and kind (targets of
 * 2017–2020, the target for 2024, the diagnosis values of 2021–2022). Members of another unit than
 * the first numeric one are left out. Undefined with fewer than two numbers.
 */
export function seriesChart(input: { id: string; title: string; members: readonly SeriesMember[]; caption?: string }): ChartSpec | undefined {
  const numeric = input.members.filter((m) => m.indicator.indicator.unit !== 'text' && m.indicator.values.some((v) => v.value !== undefined && v.year !== undefined));
  const unit = numeric[0]?.indicator.indicator.unit as ChartUnit | undefined;
  if (!unit) return undefined;
  const members = numeric.filter((m) => m.indicator.indicator.unit === unit);
  // Legends name the edition ("Cel, 2017–2020") when the periods tell programmes apart.
  const titles = [...new Set(members.map((m) => m.programmeTitle))];
  const editions = new Map(titles.map((title) => [title, members.find((m) => m.programmeTitle === title)!.edition]));
  const byEdition = [...editions.values()].every((e) => e) && new Set(editions.values()).size === titles.length;
  const short = new Map(titles.map((title, i) => [title, byEdition ? editions.get(title)! : legendNames(titles, 30)[i]!]));
  const rows = members
    .flatMap((m) =>
      indicatorRows(m.indicator, (kind) => ({
        label: `${m.programmeTitle} — ${t.chart.legendKinds[kind]}`,
        name: `${m.programmeTitle}, ${t.chart.kinds[kind]}`,
        legend: `${capitalise(t.chart.kinds[kind]!)}, ${short.get(m.programmeTitle)}`,
      })),
    )
    .filter((r) => r.kind !== 'budget');
  return yearsChart({
    id: input.id,
    subject: input.title,
    caption: input.caption ?? t.chart.tableCaption(input.title),
    unit,
    rows,
    rowHeader: t.chart.series,
    noun: t.chart.inSeries,
  });
}
