// The open-data list of indicators (/dane/mierniki.*): one row per indicator of every programme,
// with or without values — budget lines and stated totals included, so that every (programme,
// indicator) of wskazniki.csv is a row here. `action` is the action's id, as in dzialania.action.
import { programmeActions, implementerNames } from './exportActions.ts';
import { indicatorColumns, type IndicatorColumns } from './exportRows.ts';
import type { ProgrammeModel, SiteModel } from './model.ts';
import { indicatorUrl } from './urls.ts';

export const INDICATOR_FIELDS = [
  'programme',
  'organisation',
  'goal',
  'task',
  'action',
  'indicator',
  'label',
  'unit',
  'unitLabel',
  'series',
  'implementers',
  'valueCount',
  'url',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export interface IndicatorRow extends IndicatorColumns {
  /** The id of the action the indicator measures (dzialania.action), or null outside actions. */
  action: string | null;
  series: string | null;
  implementers: string | null;
  /** Values of every kind, achieved ones from reports included: its rows in wskazniki.csv. */
  valueCount: number;
  url: string;
}

export function indicatorRows(p: ProgrammeModel, institutions: SiteModel['institutions'], siteUrl = ''): IndicatorRow[] {
  const actions = new Map(programmeActions(p).map((pa) => [pa.actionId, pa.action]));
  return p.indicators.map((pi): IndicatorRow => ({
    ...indicatorColumns(p, pi, pi.actionId ?? null),
    series: pi.indicator.series ?? null,
    implementers: implementerNames((pi.actionId && actions.get(pi.actionId)?.implementers) || [], institutions),
    valueCount: pi.values.length,
    url: siteUrl + indicatorUrl(p.slug, pi.indicator.id),
  }));
}

export const siteIndicatorRows = (site: SiteModel, siteUrl = '') =>
  site.programmes.flatMap((p) => indicatorRows(p, site.institutions, siteUrl));
