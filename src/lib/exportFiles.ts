// The text files of /dane/ in one place, each with its exact text: the endpoints serve it and the
// pages measure it, so the sizes they state are the sizes served. The workbooks are in
// exportWorkbooks.ts, the Frictionless descriptor that describes them all in datapackage.ts.
import type { PlacedIndicator, ProgrammeModel, SiteModel } from './model.ts';
import {
  EXPORT_FIELDS,
  indicatorExportRows,
  programmeList,
  programmeRows,
  seriesExportRows,
  siteRows,
  type ExportRow,
  type ProgrammeListItem,
} from './exportRows.ts';
import { INDICATOR_FIELDS, siteIndicatorRows } from './exportIndicators.ts';
import { ACTION_FIELDS, siteActionRows } from './exportActions.ts';
import { PROGRESS_FIELDS, siteProgressRows } from './exportProgress.ts';
import { statedVsComputed, type StatedComparison } from './budget.ts';
import { toCsv } from './csv.ts';
import { indicatorDataPath } from './urls.ts';

/** The export as CSV text, exactly as the contract says (UTF-8 without BOM, comma, CRLF, header). */
export const exportCsv = (rows: readonly ExportRow[]) => toCsv(rows, EXPORT_FIELDS);
/** JSON text of the export files: indented by two spaces, `null` for empty cells. */
export const jsonText = (value: unknown) => JSON.stringify(value, null, 2);

/** Size in bytes of a text served as UTF-8. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

export interface DataFile {
  /** File name under /dane/ ("wskazniki.csv"). */
  name: string;
  format: 'csv' | 'json';
  /** The programme the file is for; undefined for files of the whole site. */
  programme?: string;
  /** What a row is: an indicator value, a programme, an indicator (mierniki), or an action (dzialania). */
  content: 'values' | 'programmes' | 'indicators' | 'actions' | 'progress' | 'datapackage';
  text: string;
  bytes: number;
  /** Data rows (without the CSV header); undefined for the package descriptor. */
  rows?: number;
}

const file = (
  name: string,
  format: DataFile['format'],
  content: DataFile['content'],
  text: string,
  rows?: number,
  programme?: string,
): DataFile => ({
  name,
  format,
  content,
  text,
  bytes: byteLength(text),
  rows,
  programme,
});

/** Columns of programy.csv / programy.json, in order. */
export const PROGRAMME_COLUMNS = [
  'slug',
  'title',
  'organisation',
  'organisationSlug',
  'kind',
  'periodStart',
  'periodEnd',
  'url',
] as const satisfies readonly (keyof ProgrammeListItem)[];
export type ProgrammeColumn = (typeof PROGRAMME_COLUMNS)[number];

/** The site-wide tables, each written as .csv and .json: its rows and their columns. */
const SITE_TABLES = {
  wskazniki: { content: 'values', rows: siteRows, columns: EXPORT_FIELDS },
  programy: { content: 'programmes', rows: programmeList, columns: PROGRAMME_COLUMNS },
  mierniki: { content: 'indicators', rows: siteIndicatorRows, columns: INDICATOR_FIELDS },
  dzialania: { content: 'actions', rows: siteActionRows, columns: ACTION_FIELDS },
  postep: { content: 'progress', rows: siteProgressRows, columns: PROGRESS_FIELDS },
} as const satisfies Record<
  string,
  { content: DataFile['content']; rows: (site: SiteModel, siteUrl?: string) => object[]; columns: readonly string[] }
>;

/** One site-wide table as its CSV and JSON files. */
function tableFiles(site: SiteModel, name: keyof typeof SITE_TABLES, siteUrl: string): DataFile[] {
  const table = SITE_TABLES[name];
  const rows = table.rows(site, siteUrl) as object[] as Record<string, unknown>[];
  return [
    file(`${name}.csv`, 'csv', table.content, toCsv(rows, table.columns), rows.length),
    file(`${name}.json`, 'json', table.content, jsonText(rows), rows.length),
  ];
}

/** The site-wide text files: wskazniki, programy, mierniki, dzialania and postep, each as .csv and .json. */
export const siteFiles = (site: SiteModel, siteUrl = ''): DataFile[] =>
  (Object.keys(SITE_TABLES) as (keyof typeof SITE_TABLES)[]).flatMap((name) => tableFiles(site, name, siteUrl));

/** One site-wide text file by name ("mierniki.csv"), what its endpoint serves. */
export function siteFile(site: SiteModel, name: string, siteUrl = ''): DataFile {
  const [table, format] = name.split('.') as [string, string];
  const f =
    table in SITE_TABLES ? tableFiles(site, table as keyof typeof SITE_TABLES, siteUrl).find((x) => x.format === format) : undefined;
  if (!f) throw new Error(`no data file ${name}`);
  return f;
}

/** The text files of one programme: <slug>.csv and <slug>.json. */
export function programmeFiles(p: ProgrammeModel, siteUrl = ''): DataFile[] {
  const rows = programmeRows(p, siteUrl);
  return [
    file(`${p.slug}.csv`, 'csv', 'values', exportCsv(rows), rows.length, p.slug),
    file(`${p.slug}.json`, 'json', 'values', jsonText(rows), rows.length, p.slug),
  ];
}

// Each indicator's own files.

/**
 * One indicator's own CSV and JSON text: the same contract rows as wskazniki.csv, nothing else.
 * None for an indicator without values: a file of headers only would look like data lost.
 */
export function indicatorTexts(p: ProgrammeModel, pi: PlacedIndicator, siteUrl = ''): { csv: string; json: string } | undefined {
  const rows = indicatorExportRows(p, pi, siteUrl);
  return rows.length === 0 ? undefined : { csv: exportCsv(rows), json: jsonText(rows) };
}

/** A series' CSV and JSON text (dane/serie/<id>.csv|json): the same contract rows as wskazniki.csv, across editions and towns. */
export function seriesTexts(site: SiteModel, seriesId: string, siteUrl = ''): { csv: string; json: string } {
  const rows = seriesExportRows(site, seriesId, siteUrl);
  return { csv: exportCsv(rows), json: jsonText(rows) };
}

/**
 * Every indicator's own export files (dane/wskazniki/<programme>/<indicator>.csv|json). Written by
 * scripts/build.ts after `astro build`, in one pass over the model: as Astro routes they cost
 * ~1 ms each, most of a large portal's build.
 */
export function indicatorExportFiles(site: SiteModel, siteUrl = ''): { path: string; text: string }[] {
  return site.programmes.flatMap((p) =>
    p.indicators.flatMap((pi) => {
      const own = indicatorTexts(p, pi, siteUrl);
      if (!own) return [];
      return [
        { path: `dane/${indicatorDataPath(p.slug, pi.indicator.id, 'csv')}`, text: own.csv },
        { path: `dane/${indicatorDataPath(p.slug, pi.indicator.id, 'json')}`, text: own.json },
      ];
    }),
  );
}

/** Totals the source states that differ from the sum of the budget lines (the data a reader should know about). */
export const dataNotes = (p: ProgrammeModel): StatedComparison[] =>
  statedVsComputed(p).filter((c) => c.difference !== undefined && c.difference !== 0);
