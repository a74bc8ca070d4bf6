// The open-data export: one row per indicator value, fields and order as fixed in DESIGN.md.
import type { PlacedIndicator, ProgrammeModel, SiteModel } from './model.ts';
import { programmeUrl, indicatorUrl } from './urls.ts';
import { timeSpan } from './valueTime.ts';

export const EXPORT_FIELDS = [
  'programme',
  'organisation',
  'goal',
  'task',
  'action',
  'indicator',
  'label',
  'unit',
  'unitLabel',
  'year',
  'kind',
  'value',
  'text',
  'source',
  'url',
  'periodStart',
  'periodEnd',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

/** The columns that say which indicator a row is about and where it sits: shared by wskazniki and mierniki. */
export interface IndicatorColumns {
  programme: string;
  organisation: string;
  goal: string | null;
  /** The task's id as printed, or null. */
  task: string | null;
  indicator: string;
  label: string;
  unit: 'count' | 'percent' | 'currency' | 'text';
  unitLabel: string | null;
}

export interface ExportRow extends IndicatorColumns {
  /** The action's title (mierniki and dzialania carry its id). */
  action: string | null;
  year: number | null;
  kind: 'target' | 'achieved' | 'statistic' | 'baseline' | 'budget';
  value: number | null;
  text: string;
  source: string;
  url: string;
  /** First year the value covers: `year` for one year, the range's start for a period value; null when the document gives no time. */
  periodStart: number | null;
  /** Last year the value covers. */
  periodEnd: number | null;
}

/** The leading columns of a wskazniki or mierniki row, in contract order; `action` is the title in one, the id in the other. */
export const indicatorColumns = (
  p: ProgrammeModel,
  pi: PlacedIndicator,
  action: string | null,
): IndicatorColumns & { action: string | null } => ({
  programme: p.slug,
  organisation: p.organisation.id,
  goal: pi.goal ?? null,
  task: pi.task ?? null,
  action,
  indicator: pi.indicator.id,
  label: pi.indicator.label,
  unit: pi.indicator.unit,
  unitLabel: pi.indicator.unitLabel || null,
});

export function programmeRows(p: ProgrammeModel, siteUrl = ''): ExportRow[] {
  return p.indicators.flatMap((pi) =>
    pi.values.map((v): ExportRow => ({
      ...indicatorColumns(p, pi, pi.action ?? null),
      year: v.year ?? null,
      kind: v.kind,
      value: v.value ?? null,
      text: v.text,
      source: v.source ?? pi.section,
      url: siteUrl + indicatorUrl(p.slug, pi.indicator.id),
      periodStart: timeSpan(v.time).start,
      periodEnd: timeSpan(v.time).end,
    })),
  );
}

export const siteRows = (site: SiteModel, siteUrl = '') => site.programmes.flatMap((p) => programmeRows(p, siteUrl));

/** The export rows of one indicator: the same contract rows as wskazniki.csv, nothing else. */
export const indicatorExportRows = (p: ProgrammeModel, pi: PlacedIndicator, siteUrl = ''): ExportRow[] =>
  programmeRows({ ...p, indicators: [pi] }, siteUrl);

/** Whether the indicator has files of its own (dane/wskazniki/…): only with rows to hold. */
export const hasOwnFiles = (p: ProgrammeModel, pi: PlacedIndicator): boolean => indicatorExportRows(p, pi).length > 0;

/** The export rows of a series: its members' rows in every edition and town, in wskazniki.csv's order. */
export const seriesExportRows = (site: SiteModel, seriesId: string, siteUrl = ''): ExportRow[] =>
  site.programmes.flatMap((p) =>
    programmeRows({ ...p, indicators: p.indicators.filter((pi) => pi.indicator.series === seriesId) }, siteUrl),
  );

export interface ProgrammeListItem {
  slug: string;
  title: string;
  organisation: string;
  organisationSlug: string;
  kind: 'programme';
  periodStart: number;
  periodEnd: number;
  url: string;
}

export const programmeList = (site: SiteModel, siteUrl = ''): ProgrammeListItem[] =>
  site.programmes.map((p) => ({
    slug: p.slug,
    title: p.data.title,
    organisation: p.organisation.data.name,
    organisationSlug: p.organisation.id,
    kind: 'programme',
    periodStart: p.data.periodStart,
    periodEnd: p.data.periodEnd,
    url: siteUrl + programmeUrl(p.slug),
  }));
