// The explorer's table one page at a time (/wskazniki/, /wskazniki/strona/2/, …; one programme's
// at /wskazniki/<programme>/, …), and when /wskazniki/ lists the programmes instead of one table.
import type { ProgrammeModel, SiteModel } from './model.ts';
import { EXPLORER_PAGE_SIZE, explorerRows, type ExplorerRow } from './explorer.ts';
import { explorerUrl, programmeIndicatorsUrl } from './urls.ts';

/**
 * Rows one explorer page may hold: ~35 B gzip a row keeps such a page well under the 100 KB
 * budget. Above it /wskazniki/ lists the programmes, each with its own explorer page.
 */
export const EXPLORER_MAX_ROWS = 2000;

/** One page of an explorer table: its rows, where it sits among the pages and every page's URL. */
export interface ExplorerPage<T> {
  /** 1-based. */
  page: number;
  rows: T[];
  /** Position of its first and last row among all rows (1-based; 0 and 0 when there are none). */
  from: number;
  to: number;
  total: number;
  /** The URL of every page, page 1 first. */
  urls: string[];
}

/** Rows split into pages of `size` (at least one page, empty when there are no rows). */
export function paginate<T>(rows: readonly T[], pageUrl: (page: number) => string, size = EXPLORER_PAGE_SIZE): ExplorerPage<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  const urls = Array.from({ length: count }, (_, i) => pageUrl(i + 1));
  return urls.map((_, i) => {
    const slice = rows.slice(i * size, (i + 1) * size);
    return { page: i + 1, rows: slice, from: slice.length ? i * size + 1 : 0, to: i * size + slice.length, total: rows.length, urls };
  });
}

/** The site narrowed to one programme: its explorer page (/wskazniki/<programme>/). */
export const oneProgramme = (site: SiteModel, p: ProgrammeModel): SiteModel => ({ ...site, programmes: [p] });

/** True when /wskazniki/ lists the programmes instead of one table of every indicator (above EXPLORER_MAX_ROWS). */
export const splitByProgramme = (site: SiteModel) => site.programmes.reduce((n, p) => n + p.indicators.length, 0) > EXPLORER_MAX_ROWS;

/** The pages of the explorer of every indicator: /wskazniki/, /wskazniki/strona/2/, … (none when split by programme). */
export const allExplorerPages = (site: SiteModel): ExplorerPage<ExplorerRow>[] =>
  splitByProgramme(site) ? [] : paginate(explorerRows(site), explorerUrl);

/** The pages of one programme's explorer: /wskazniki/<programme>/, /wskazniki/<programme>/strona/2/, … */
export const programmeExplorerPages = (site: SiteModel, p: ProgrammeModel): ExplorerPage<ExplorerRow>[] =>
  paginate(explorerRows(oneProgramme(site, p)), (n) => programmeIndicatorsUrl(p.slug, n));
