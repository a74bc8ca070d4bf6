// A series joins the same measure across programmes and editions (content/series.yaml). Here its
// values become one list by year — each with the programme (edition) and kind it comes from — so
// a reader sees how targets changed from edition to edition next to what actually happened.
import { VALUE_KINDS, type PlacedIndicator, type PlacedValue, type ProgrammeModel, type SiteModel } from './model.ts';
import type { SeriesEntry } from '../schemas/series.ts';
import type { Unit } from '../schemas/indicator.ts';
import { formatPeriod, formatValue } from './format.ts';
import { indicatorUrl } from './urls.ts';
import { compareTime, type ValueTime } from './valueTime.ts';

export interface SeriesMember {
  /** The municipality (its short name, "Kraków"): a line never joins values of two. */
  place: string;
  programme: string;
  programmeTitle: string;
  /** The programme's period, "2017–2020": tells editions apart. */
  edition: string;
  /** The short title with the period unless the title already says it. */
  programmeLabel: string;
  indicator: string;
  label: string;
  url: string;
  unit: Unit;
  unitLabel: string;
}

export interface SeriesRow {
  /** Set only for a value of one year. */
  year?: number;
  time: ValueTime;
  /** The municipality the value belongs to ("Kraków"). */
  place: string;
  programme: string;
  programmeTitle: string;
  edition: string;
  programmeLabel: string;
  indicator: string;
  url: string;
  kind: PlacedValue['kind'];
  value?: number;
  /** The value in Polish format with its unit ("880", "23,5%"). */
  display: string;
  text: string;
}

export interface SeriesView {
  id: string;
  title: string;
  description?: string;
  members: SeriesMember[];
  /**
   * Every value of every member: by municipality (one group of rows each, in Polish alphabetical
   * order), then time (compareTime: years first), then edition (older first), then kind.
   */
  rows: SeriesRow[];
  /** The municipalities of the members, in Polish alphabetical order. */
  places: string[];
  /** The years with values, ascending. */
  years: number[];
}

interface Placed {
  p: ProgrammeModel;
  pi: PlacedIndicator;
}

/** "Przeciwdziałanie przemocy 2017–2020", or "Program X (2024–2026)" when the title has no period. */
export function editionLabel(p: ProgrammeModel): string {
  const period = formatPeriod(p.data.periodStart, p.data.periodEnd);
  return p.data.shortTitle.includes(period) ? p.data.shortTitle : `${p.data.shortTitle} (${period})`;
}

function member({ p, pi }: Placed): SeriesMember {
  return {
    place: p.organisation.data.shortName,
    programme: p.slug,
    programmeTitle: p.data.shortTitle,
    edition: formatPeriod(p.data.periodStart, p.data.periodEnd),
    programmeLabel: editionLabel(p),
    indicator: pi.indicator.id,
    label: pi.indicator.label,
    url: indicatorUrl(p.slug, pi.indicator.id),
    unit: pi.indicator.unit,
    unitLabel: pi.indicator.unitLabel,
  };
}

// Every indicator page of a series shows the series: computed once per site and series, not once
// per page (a scan of all indicators per page is quadratic on a large portal).
const views = new WeakMap<SiteModel, Map<SeriesEntry, SeriesView>>();

/** One series with its members and rows; members in edition order (older programmes first). */
export function seriesView(site: SiteModel, entry: SeriesEntry): SeriesView {
  const cached = views.get(site) ?? new Map<SeriesEntry, SeriesView>();
  views.set(site, cached);
  const view = cached.get(entry) ?? computeSeriesView(site, entry);
  cached.set(entry, view);
  return view;
}

function computeSeriesView(site: SiteModel, entry: SeriesEntry): SeriesView {
  const placed: Placed[] = site.programmes
    .flatMap((p) => p.indicators.filter((pi) => pi.indicator.series === entry.id).map((pi) => ({ p, pi })))
    .sort(
      (a, b) => a.p.data.periodStart - b.p.data.periodStart || a.p.data.periodEnd - b.p.data.periodEnd || a.p.slug.localeCompare(b.p.slug),
    );
  return { id: entry.id, title: entry.title, description: entry.description, ...membersAndRows(placed) };
}

/**
 * One indicator's own values in the shape of a series of one member, titled by its label: what the
 * chart of an indicator page draws when the indicator is in no series of several editions.
 */
export function indicatorView(p: ProgrammeModel, pi: PlacedIndicator): SeriesView {
  return { id: pi.indicator.id, title: pi.indicator.label, ...membersAndRows([{ p, pi }]) };
}

/** Members in the order given (edition order), and every value of each as a row. */
function membersAndRows(placed: readonly Placed[]): Pick<SeriesView, 'members' | 'rows' | 'years' | 'places'> {
  const places = [...new Set(placed.map((x) => x.p.organisation.data.shortName))].sort(byPlace);
  const editionOrder = new Map(placed.map((x, i) => [x, i]));
  const rows = placed
    .flatMap((x) =>
      x.pi.values.map((v) => ({
        order: editionOrder.get(x)!,
        row: {
          place: x.p.organisation.data.shortName,
          programme: x.p.slug,
          programmeTitle: x.p.data.shortTitle,
          edition: formatPeriod(x.p.data.periodStart, x.p.data.periodEnd),
          programmeLabel: editionLabel(x.p),
          indicator: x.pi.indicator.id,
          url: indicatorUrl(x.p.slug, x.pi.indicator.id),
          year: v.year,
          time: v.time,
          kind: v.kind,
          value: v.value,
          display: formatValue(v.value, x.pi.indicator.unit, v.text),
          text: v.text,
        } satisfies SeriesRow,
      })),
    )
    .sort(
      (a, b) =>
        byPlace(a.row.place, b.row.place) ||
        compareTime(a.row.time, b.row.time) ||
        a.order - b.order ||
        VALUE_KINDS.indexOf(a.row.kind) - VALUE_KINDS.indexOf(b.row.kind),
    )
    .map((x) => x.row);
  const years = [...new Set(rows.flatMap((r) => (r.year === undefined ? [] : [r.year])))].sort((a, b) => a - b);
  return { members: placed.map(member), rows, years, places };
}

const byPlace = (a: string, b: string) => a.localeCompare(b, 'pl');

/** Every series that has at least one indicator, in the order of content/series.yaml. */
export const seriesViews = (site: SiteModel): SeriesView[] =>
  site.series.map((entry) => seriesView(site, entry)).filter((v) => v.members.length > 0);

/** "2017–2024", or '' for a series without dated values. */
export const seriesSpan = (view: SeriesView) =>
  view.years.length === 0 ? '' : formatPeriod(view.years[0]!, view.years[view.years.length - 1]!);
