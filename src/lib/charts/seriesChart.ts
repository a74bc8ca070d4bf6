// A series across programmes and editions as one chart: a line per programme and kind of value.
// The series itself — its members, their order and names, its values — is src/lib/series.ts's view.
import type { SeriesMember, SeriesView } from '../series.ts';
import type { ChartSpec, ChartUnit } from './spec.ts';
import { capitalise, legendNames } from './wording.ts';
import { yearRowsByKind, yearsChart } from './yearsChart.ts';
import { t } from '../../i18n/pl.ts';

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
 * One measure followed across programmes and editions: a line per programme and kind (targets of
 * 2017–2020, the target for 2024, the diagnosis values of 2021–2022). Members of another unit than
 * the first numeric one are left out. Undefined with fewer than two numbers.
 */
export function seriesChart(input: SeriesChartInput): ChartSpec | undefined {
  const { view } = input;
  const valuesOf = (m: SeriesMember) => view.rows.filter((r) => r.programme === m.programme && r.indicator === m.indicator);
  const numeric = view.members.filter((m) => m.unit !== 'text' && valuesOf(m).some((v) => v.value !== undefined && v.year !== undefined));
  const unit = numeric[0]?.unit as ChartUnit | undefined;
  if (!unit) return undefined;
  const members = numeric.filter((m) => m.unit === unit);
  const byProgramme = input.names === 'programme';
  const title = (m: SeriesMember) => (byProgramme ? m.programmeTitle : m.programmeLabel);
  // Legends name the edition ("Cel, 2017–2020") when the periods tell programmes apart.
  const titles = [...new Set(members.map(title))];
  const editions = new Map(titles.map((name) => [name, members.find((m) => title(m) === name)!.edition]));
  const byEdition = !byProgramme && new Set(editions.values()).size === titles.length;
  const short = new Map(titles.map((name, i) => [name, byEdition ? editions.get(name)! : legendNames(titles, 30)[i]!]));
  const rows = members
    .flatMap((m) =>
      yearRowsByKind({ values: valuesOf(m), unitLabel: m.unitLabel, href: m.url }, (kind) => ({
        label: `${title(m)} — ${t.chart.legendKinds[kind]}`,
        name: `${title(m)}, ${t.chart.kinds[kind]}`,
        legend: `${capitalise(t.chart.kinds[kind]!)}, ${short.get(title(m))}`,
      })),
    )
    .filter((r) => r.kind !== 'budget');
  return yearsChart({
    id: input.id,
    subject: view.title,
    caption: input.caption ?? t.chart.tableCaption(view.title),
    unit,
    rows,
    rowHeader: t.chart.series,
    noun: t.chart.inSeries,
  });
}
