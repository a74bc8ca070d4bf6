// Bars for one year: the measures of a task or a diagnosis table side by side, one bar per kind.
import type { PlacedIndicator, PlacedValue } from '../model.ts';
import { CHART_KIND_ORDER, heightFor, type ChartDataset, type ChartKind, type ChartSpec, type ChartUnit } from './spec.ts';
import { wrapLabel } from './style.ts';
import { capitalise, commonLead, sentence, showValue } from './wording.ts';
import { formatValue } from '../format.ts';
import { indicatorUrl } from '../urls.ts';
import { withPlace } from './yearsChart.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

export interface ComparisonInput {
  id: string;
  subject: string;
  unit: ChartUnit;
  /** The year compared; undefined compares values the document gives no time for. */
  year: number | undefined;
  indicators: readonly PlacedIndicator[];
  /** The table caption, when not "Dane wykresu: <subject>, <year>". */
  caption?: string;
  /** The town whose values these are: named in the heading, summary, legend and caption. */
  place: string;
}

/** Horizontal bars: the measures of one year side by side. Undefined with fewer than two numbers. */
export function comparisonChart(input: ComparisonInput): ChartSpec | undefined {
  const { unit, year } = input;
  const sameTime = (v: PlacedValue) => (year === undefined ? v.time.kind === 'none' : v.year === year);
  const valueOf = (pi: PlacedIndicator, kind: ChartKind) =>
    pi.values.find((v) => v.kind === kind && sameTime(v) && v.value !== undefined)?.value;
  const indicators = input.indicators.filter(
    (pi) => pi.indicator.unit === unit && CHART_KIND_ORDER.some((k) => valueOf(pi, k) !== undefined),
  );
  const kinds = CHART_KIND_ORDER.filter((k) => indicators.some((pi) => valueOf(pi, k) !== undefined));
  const datasets: ChartDataset[] = kinds.map((kind) => ({
    label: capitalise(t.chart.legendKinds[kind]!),
    legend:
      year === undefined
        ? capitalise(t.chart.legendKinds[kind]!)
        : `${capitalise(t.chart.legendKinds[kind]!)} ${t.chart.when[kind]!(String(year))}`,
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
  const kindWhen = (kind: ChartKind) =>
    year === undefined ? t.chart.kindsMany[kind]! : `${t.chart.kindsMany[kind]} ${t.chart.when[kind]!(String(year))}`;
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  // One wording of the unit for all ("kobiet na 100 mężczyzn") goes after the range.
  const words = new Set(categories.map((c) => c.unitLabel));
  const only = unit === 'count' && words.size === 1 ? [...words][0] : undefined;
  const spread =
    min === max ? t.chart.allEqual(showValue(min, unit, only)) : t.chart.range(formatValue(min, unit), showValue(max, unit, only));
  const head = chartsText.placed(input.subject, input.place, chartsText.measureWord(unit, only));
  const title = `${head}: ${kinds.map(kindWhen).join(', ')} — ${spread}`;
  const clauses = datasets.map((d) => {
    const items = d.values
      .map((v, i) => ({ v, c: categories[i]!, name: names[i]! }))
      .filter((x) => x.v !== null)
      .sort((a, b) => b.v! - a.v!)
      .map((x) => `${x.name} — ${showValue(x.v!, unit, x.c.unitLabel)}`);
    return `${kindWhen(d.kind)}${lead ? ` — ${lead}` : ''}: ${items.join('; ')}`;
  });
  clauses[0] = chartsText.inPlace(input.place, clauses[0]!);
  return {
    id: input.id,
    type: 'bar',
    x: 'category',
    horizontal: true,
    unit,
    title,
    summary: sentence(clauses),
    caption: withPlace(
      input.caption ?? t.chart.tableCaption(`${input.subject}${t.chart.unitGroups[unit]}${year === undefined ? '' : `, ${year}`}`),
      input.place,
    ),
    rowHeader: t.chart.measure,
    categories,
    datasets,
    height: heightFor(true, categories, datasets.length),
    place: input.place,
    axes: { value: chartsText.valueAxis(unit, only), category: t.chart.measure },
    measures: 'categories',
  };
}
