// Excel workbooks: the same tables as the site-wide CSVs and <slug>.csv, for people who
// open data in a spreadsheet (the CSVs carry no BOM, which Excel needs to read UTF-8). Not one per
// indicator: the smallest workbook is ~3 KB against a few hundred bytes of CSV, and a portal of
// 1 000 programmes has ~60 000 indicators; an indicator's page offers its programme's workbook.
import type { ProgrammeModel, SiteModel } from './model.ts';
import { EXPORT_FIELDS, programmeList, programmeRows, seriesExportRows, siteRows } from './exportRows.ts';
import { INDICATOR_FIELDS, siteIndicatorRows, type IndicatorRow } from './exportIndicators.ts';
import { ACTION_FIELDS, siteActionRows, type ActionRow } from './exportActions.ts';
import { ACTION_FIELD_TYPES, INDICATOR_FIELD_TYPES, PROGRAMME_FIELDS, VALUE_FIELDS } from './exportFields.ts';
import { progressXlsxColumns, siteProgressRows, type ProgressRow } from './exportProgress.ts';
import { toXlsx, type XlsxColumn } from './xlsx.ts';

/** Column types of the export, for typed spreadsheet cells (the same as the table schema's). */
const valueColumns = (): XlsxColumn[] => EXPORT_FIELDS.map((name) => ({ name, type: VALUE_FIELDS[name].type }));
const programmeColumns = (): XlsxColumn[] => PROGRAMME_FIELDS.map((f) => ({ name: f.name, type: f.type }));
const indicatorColumns = (): XlsxColumn[] => INDICATOR_FIELDS.map((name) => ({ name, type: INDICATOR_FIELD_TYPES[name].type }));
const actionColumns = (): XlsxColumn[] => ACTION_FIELDS.map((name) => ({ name, type: ACTION_FIELD_TYPES[name].type }));

export interface XlsxFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  rows: number;
}

/** Names of the workbooks' sheets (Polish UI text). */
export interface SheetNames {
  values: string;
  programmes: string;
  indicators: string;
  actions: string;
  progress: string;
}

/** wskazniki.xlsx, programy.xlsx, mierniki.xlsx, dzialania.xlsx and postep.xlsx. */
export async function siteWorkbooks(site: SiteModel, sheets: SheetNames, siteUrl = ''): Promise<XlsxFile[]> {
  const book = async <T extends object>(name: string, rows: readonly T[], columns: XlsxColumn[], sheet: string): Promise<XlsxFile> => ({
    name,
    bytes: await toXlsx(rows, columns, sheet),
    rows: rows.length,
  });
  return [
    await book('wskazniki.xlsx', siteRows(site, siteUrl), valueColumns(), sheets.values),
    await book('programy.xlsx', programmeList(site, siteUrl), programmeColumns(), sheets.programmes),
    await book<IndicatorRow>('mierniki.xlsx', siteIndicatorRows(site, siteUrl), indicatorColumns(), sheets.indicators),
    await book<ActionRow>('dzialania.xlsx', siteActionRows(site, siteUrl), actionColumns(), sheets.actions),
    await book<ProgressRow>('postep.xlsx', siteProgressRows(site, siteUrl), progressXlsxColumns(), sheets.progress),
  ];
}

/** <slug>.xlsx: one programme's rows. */
export async function programmeWorkbook(p: ProgrammeModel, sheet: string, siteUrl = ''): Promise<XlsxFile> {
  const rows = programmeRows(p, siteUrl);
  return { name: `${p.slug}.xlsx`, bytes: await toXlsx(rows, valueColumns(), sheet), rows: rows.length };
}

/** serie/<id>.xlsx: a series' rows of wskazniki.xlsx, across editions and towns. */
export async function seriesWorkbook(site: SiteModel, seriesId: string, sheet: string, siteUrl = ''): Promise<XlsxFile> {
  const rows = seriesExportRows(site, seriesId, siteUrl);
  return { name: `${seriesId}.xlsx`, bytes: await toXlsx(rows, valueColumns(), sheet), rows: rows.length };
}
