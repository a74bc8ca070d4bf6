// A series across programmes, editions and municipalities as charts: a line per programme and kind
// of value, each line within one municipality and named by it. Towns whose values are more than
// SCALE_GAP apart (Kraków's 1 187 procedures, Krasnystaw's 34) get a chart each, so neither lies
// flat on the other's axis. The series itself — its members, their order and names, its values —
// is src/lib/series.ts's view.
import type { SeriesMember, SeriesView } from '../series.ts';
import type { ChartSpec, ChartUnit } from './spec.ts';
import { magnitude, splitByScale } from './grouping.ts';
import { capitalise, legendNames } from './wording.ts';
import { yearRowsByKind, yearsChart } from './yearsChart.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

export interface SeriesChartInput {
  id: string;
  /** A series (seriesView), or one indicator's own values (indicatorView); its title heads the chart. */
  view: Pick<SeriesView, 'title' | 'members' | 'rows'>;
  /**
   * How lines are named: 'edition' for a series — by the programme with its period ("Program
   * (2024–2030) — cel (plan)"), legends by the period where periods tell programmes apart — or
   * 'programme' for one indicator's own values, by the programme's short title alone.
   */
  names?: 'edition' | 'programme';
  caption?: string;
}

/**
 * One measure followed across programmes, editions and towns: charts of a line per programme and
 * kind (targets of 2017–2020, the target for 2024, the diagnosis values of 2021–2022), each line in
 * one town. Members of another unit (or wording of it) get their own chart; towns, and editions,
 * share a chart only when their values are within SCALE_GAP of each other. Empty with fewer than
 * two numbers; once split, a part with a single number still gets its chart.
 */
export function seriesCharts(input: SeriesChartInput): ChartSpec[] {
  const { view } = input;
  const valuesOf = (m: SeriesMember) => view.rows.filter((r) => r.programme === m.programme && r.indicator === m.indicator);
  const numeric = view.members.filter((m) => m.unit !== 'text' && valuesOf(m).some((v) => v.value !== undefined && v.year !== undefined));
  // Members of one unit and one wording of it share an axis ("porad" and "porad i konsultacji"
  // do not); within them, towns more than SCALE_GAP apart get a chart each.
  const measures = [...new Set(numeric.map((m) => `${m.unit}\u0000${m.unit === 'count' ? m.unitLabel : ''}`))];
  const parts = measures.flatMap((measure) => {
    const members = numeric.filter((m) => `${m.unit}\u0000${m.unit === 'count' ? m.unitLabel : ''}` === measure);
    const towns = [...new Set(members.map((m) => m.place))].sort((a, b) => a.localeCompare(b, 'pl'));
    const size = (town: string) => magnitude(members.filter((m) => m.place === town).flatMap(valuesOf));
    // Within a part, editions more than SCALE_GAP apart (a measure redefined) are split too.
    return splitByScale(towns, size).flatMap((part) =>
      splitByScale(
        members.filter((m) => part.includes(m.place)),
        (m) => magnitude(valuesOf(m)),
      ).map((own) => ({
        unit: members[0]!.unit as ChartUnit,
        towns: part.filter((town) => own.some((m) => m.place === town)),
        members: own,
      })),
    );
  });
  // A series of two or more numbers is drawn; once split, a part with one value keeps its chart.
  const numbers = numeric.flatMap(valuesOf).filter((v) => v.value !== undefined && v.year !== undefined).length;
  if (numbers < 2) return [];
  const specs = parts.flatMap((part) => townsChart(input, part.unit, part.members, valuesOf, part.towns, parts.length > 1 ? 1 : 2) ?? []);
  return specs.map((spec, n) => ({
    ...spec,
    id: n === 0 ? spec.id : `${input.id}-${n + 1}`,
    note: specs.length > 1 ? (measures.length > 1 ? chartsText.unitSplit : chartsText.scaleSplit) : undefined,
  }));
}

function townsChart(
  input: SeriesChartInput,
  unit: ChartUnit,
  members: readonly SeriesMember[],
  valuesOf: (m: SeriesMember) => SeriesView['rows'],
  towns: readonly string[],
  minNumbers: number,
): ChartSpec | undefined {
  const byProgramme = input.names === 'programme';
  const several = towns.length > 1;
  const title = (m: SeriesMember) => (byProgramme ? m.programmeTitle : m.programmeLabel);
  // Legends name the edition ("Cel, 2017–2020") when the periods tell a town's programmes apart.
  const key = (m: SeriesMember) => `${m.place}\u0000${title(m)}`;
  const keys = [...new Set(members.map(key))];
  const titles = keys.map((k) => title(members.find((m) => key(m) === k)!));
  const editions = keys.map((k) => members.find((m) => key(m) === k)!.edition);
  const byEdition =
    !byProgramme &&
    towns.every((town) => {
      const own = keys.flatMap((k, i) => (k.startsWith(`${town}\u0000`) ? [editions[i]!] : []));
      return new Set(own).size === own.length;
    });
  const shortNames = legendNames(titles, 30);
  const short = new Map(keys.map((k, i) => [k, byEdition ? editions[i]! : shortNames[i]!]));
  const place = chartsText.places(towns);
  const rows = members
    .flatMap((m) =>
      yearRowsByKind({ values: valuesOf(m), unitLabel: m.unitLabel, href: m.url }, (kind) => ({
        label: `${several ? `${m.place} — ` : ''}${title(m)} — ${t.chart.legendKinds[kind]}`,
        name: `${several ? `${m.place}, ` : ''}${title(m)}, ${t.chart.kinds[kind]}`,
        legend: chartsText.seriesLegend(capitalise(t.chart.kinds[kind]!), short.get(key(m))!, m.place),
      })),
    )
    .filter((r) => r.kind !== 'budget');
  return yearsChart({
    id: input.id,
    subject: input.view.title,
    caption: input.caption ?? t.chart.tableCaption(chartsText.seriesCaption(input.view.title, place)),
    unit,
    rows,
    rowHeader: t.chart.series,
    noun: t.chart.inSeries,
    place,
    placeInLines: several,
    minNumbers,
  });
}
