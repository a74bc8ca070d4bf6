// The files of /dane/ in one place: their exact text or bytes (the endpoints serve them, the
// pages measure them, so the sizes they state are the sizes served), the Frictionless
// `datapackage.json` that describes them with typed fields and licences, and the notes a
// programme's data needs.
import type { PlacedIndicator, ProgrammeModel, SiteModel } from './model.ts';
import { EXPORT_FIELDS, programmeList, programmeRows, siteRows, type ExportRow, type ProgrammeListItem } from './exportRows.ts';
import { statedVsComputed, type StatedComparison } from './budget.ts';
import { toCsv } from './csv.ts';
import { formatNumber } from './format.ts';
import { dataUrl } from './urls.ts';
import { toXlsx, XLSX_MEDIATYPE, type XlsxColumn } from './xlsx.ts';

/** The export as CSV text, exactly as the contract says (UTF-8 without BOM, comma, CRLF, header). */
export const exportCsv = (rows: readonly ExportRow[]) => toCsv(rows, EXPORT_FIELDS);
/** JSON text of the export files: indented by two spaces, `null` for empty cells. */
export const jsonText = (value: unknown) => JSON.stringify(value, null, 2);

/** Size in bytes of a text served as UTF-8. */
export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** "850 B", "12,3 kB", "1,2 MB" (decimal units, Polish format). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 100) / 10)} kB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}

export interface DataFile {
  /** File name under /dane/ ("wskazniki.csv"). */
  name: string;
  format: 'csv' | 'json';
  /** The programme the file is for; undefined for files of the whole site. */
  programme?: string;
  /** What a row is: an indicator value, or a programme. */
  content: 'values' | 'programmes' | 'datapackage';
  text: string;
  bytes: number;
  /** Data rows (without the CSV header); undefined for the package descriptor. */
  rows?: number;
}

const file = (name: string, format: DataFile['format'], content: DataFile['content'], text: string, rows?: number, programme?: string): DataFile => ({
  name, format, content, text, bytes: byteLength(text), rows, programme,
});

/** Columns of programy.csv / programy.json, in order. */
export const PROGRAMME_COLUMNS = ['slug', 'title', 'organisation', 'organisationSlug', 'kind', 'periodStart', 'periodEnd', 'url'] as const satisfies readonly (keyof ProgrammeListItem)[];

/** The site-wide text files: wskazniki.csv, wskazniki.json, programy.csv, programy.json. */
export function siteFiles(site: SiteModel, siteUrl = ''): DataFile[] {
  const rows = siteRows(site, siteUrl);
  const programmes = programmeList(site, siteUrl);
  return [
    file('wskazniki.csv', 'csv', 'values', exportCsv(rows), rows.length),
    file('wskazniki.json', 'json', 'values', jsonText(rows), rows.length),
    file('programy.csv', 'csv', 'programmes', toCsv(programmes, PROGRAMME_COLUMNS), programmes.length),
    file('programy.json', 'json', 'programmes', jsonText(programmes), programmes.length),
  ];
}

/** The text files of one programme: <slug>.csv and <slug>.json. */
export function programmeFiles(p: ProgrammeModel, siteUrl = ''): DataFile[] {
  const rows = programmeRows(p, siteUrl);
  return [
    file(`${p.slug}.csv`, 'csv', 'values', exportCsv(rows), rows.length, p.slug),
    file(`${p.slug}.json`, 'json', 'values', jsonText(rows), rows.length, p.slug),
  ];
}

// ---------------------------------------------------------------------------------------------
// Excel workbooks: the same tables as wskazniki.csv, programy.csv and <slug>.csv, for people who
// open data in a spreadsheet (the CSVs carry no BOM, which Excel needs to read UTF-8). Not one per
// indicator: the smallest workbook is ~3 KB against a few hundred bytes of CSV, and a portal of
// 1 000 programmes has ~60 000 indicators; an indicator's page offers its programme's workbook.

/** Column types of the export, for typed spreadsheet cells (the same as the table schema's). */
const valueColumns = (): XlsxColumn[] => EXPORT_FIELDS.map((name) => ({ name, type: VALUE_FIELDS[name].type }));
const programmeColumns = (): XlsxColumn[] => PROGRAMME_FIELDS.map((f) => ({ name: f.name, type: f.type }));

export interface XlsxFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  rows: number;
}

/** wskazniki.xlsx and programy.xlsx; `sheets` names their sheets (Polish UI text). */
export async function siteWorkbooks(site: SiteModel, sheets: { values: string; programmes: string }, siteUrl = ''): Promise<XlsxFile[]> {
  const rows = siteRows(site, siteUrl);
  const programmes = programmeList(site, siteUrl);
  return [
    { name: 'wskazniki.xlsx', bytes: await toXlsx(rows, valueColumns(), sheets.values), rows: rows.length },
    { name: 'programy.xlsx', bytes: await toXlsx(programmes, programmeColumns(), sheets.programmes), rows: programmes.length },
  ];
}

/** <slug>.xlsx: one programme's rows. */
export async function programmeWorkbook(p: ProgrammeModel, sheet: string, siteUrl = ''): Promise<XlsxFile> {
  const rows = programmeRows(p, siteUrl);
  return { name: `${p.slug}.xlsx`, bytes: await toXlsx(rows, valueColumns(), sheet), rows: rows.length };
}

// ---------------------------------------------------------------------------------------------
// Each indicator's own files.

/** Path of an indicator's own export file under /dane/ ("wskazniki/<programme>/<indicator>.csv"). */
export const indicatorFilePath = (programme: string, indicator: string, format: 'csv' | 'json') => `wskazniki/${programme}/${indicator}.${format}`;

/** One indicator's own CSV and JSON text: the same contract rows as wskazniki.csv, nothing else. */
export function indicatorTexts(p: ProgrammeModel, pi: PlacedIndicator, siteUrl = ''): { csv: string; json: string } {
  const rows = programmeRows({ ...p, indicators: [pi] }, siteUrl);
  return { csv: exportCsv(rows), json: jsonText(rows) };
}

/**
 * Every indicator's own export files (dane/wskazniki/<programme>/<indicator>.csv|json). Written by
 * scripts/build.ts after `astro build`, in one pass over the model: as Astro routes they cost
 * ~1 ms each, most of a large portal's build.
 */
export function indicatorFiles(site: SiteModel, siteUrl = ''): { path: string; text: string }[] {
  return site.programmes.flatMap((p) =>
    p.indicators.flatMap((pi) => {
      const { csv, json } = indicatorTexts(p, pi, siteUrl);
      return [
        { path: `dane/${indicatorFilePath(p.slug, pi.indicator.id, 'csv')}`, text: csv },
        { path: `dane/${indicatorFilePath(p.slug, pi.indicator.id, 'json')}`, text: json },
      ];
    }),
  );
}

/** The URL of an indicator's own export file. */
export const indicatorDataUrl = (programme: string, indicator: string, format: 'csv' | 'json') =>
  dataUrl(indicatorFilePath(programme, encodeURIComponent(indicator), format));

/** Totals the source states that differ from the sum of the budget lines (the data a reader should know about). */
export const dataNotes = (p: ProgrammeModel): StatedComparison[] =>
  statedVsComputed(p).filter((c) => c.difference !== undefined && c.difference !== 0);

// ---------------------------------------------------------------------------------------------
// Frictionless Data Package, v1 profiles (https://specs.frictionlessdata.io/, read by every
// Frictionless tool; v2 tools read v1). A Tabular Data Resource's file MUST be CSV, so the CSVs
// are tabular resources with typed schemas and the JSON and XLSX copies plain data resources;
// a package mixing both is a `data-package`, not a `tabular-data-package`.

export type FieldType = 'string' | 'integer' | 'number';

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: (string | number)[] };
}

export interface TableSchema {
  fields: Field[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export interface Dialect {
  delimiter: string;
  lineTerminator: string;
  quoteChar: string;
  doubleQuote: boolean;
  header: boolean;
}

export interface License {
  /** An Open Definition licence id. */
  name: string;
  path: string;
  title: string;
}

export interface TabularResource {
  profile: 'tabular-data-resource';
  name: string;
  /** One file, or several whose rows together are the table (each with its header row). */
  path: string | string[];
  title: string;
  description?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** Size of a single file; not given for a resource of several files. */
  bytes?: number;
  dialect: Dialect;
  schema: TableSchema;
}

export interface FileResource {
  profile: 'data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'json' | 'xlsx';
  mediatype: string;
  encoding?: 'utf-8';
  bytes: number;
}

export type Resource = TabularResource | FileResource;

export const isTabular = (r: Resource): r is TabularResource => r.profile === 'tabular-data-resource';

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage?: string;
  licenses: License[];
  resources: Resource[];
}

export const UNIT_VALUES = ['count', 'percent', 'currency', 'text'] as const;
export const KIND_VALUES = ['target', 'achieved', 'statistic', 'baseline', 'budget'] as const;

/** Type and constraints of every export column; the contract (DESIGN.md) in table-schema terms. */
const VALUE_FIELDS: Record<(typeof EXPORT_FIELDS)[number], Omit<Field, 'name' | 'description'>> = {
  programme: { type: 'string', constraints: { required: true } },
  organisation: { type: 'string', constraints: { required: true } },
  goal: { type: 'string' },
  task: { type: 'string' },
  action: { type: 'string' },
  indicator: { type: 'string', constraints: { required: true } },
  label: { type: 'string', constraints: { required: true } },
  unit: { type: 'string', constraints: { required: true, enum: [...UNIT_VALUES] } },
  unitLabel: { type: 'string' },
  year: { type: 'integer' },
  kind: { type: 'string', constraints: { required: true, enum: [...KIND_VALUES] } },
  value: { type: 'number' },
  text: { type: 'string', constraints: { required: true } },
  source: { type: 'string', constraints: { required: true } },
  url: { type: 'string', constraints: { required: true } },
  periodStart: { type: 'integer' },
  periodEnd: { type: 'integer' },
};

const PROGRAMME_FIELDS: Field[] = [
  { name: 'slug', type: 'string', constraints: { required: true, unique: true } },
  { name: 'title', type: 'string', constraints: { required: true } },
  { name: 'organisation', type: 'string', constraints: { required: true } },
  { name: 'organisationSlug', type: 'string', constraints: { required: true } },
  { name: 'kind', type: 'string', constraints: { required: true, enum: ['programme'] } },
  { name: 'periodStart', type: 'integer', constraints: { required: true } },
  { name: 'periodEnd', type: 'integer', constraints: { required: true } },
  { name: 'url', type: 'string', constraints: { required: true } },
];

/** How the CSVs are written (src/lib/csv.ts): the CSV Dialect defaults but for the CRLF terminator, said anyway. */
const CSV_DIALECT: Dialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export interface PackageTexts {
  packageTitle: string;
  packageDescription: string;
  valuesTitle: string;
  programmesTitle: string;
  /** Titles and descriptions of the resources beyond the two main tables. */
  resources: {
    programmeCsv: { title: string; description: string };
    indicatorCsv: { title: string; description: string };
    valuesJson: { title: string; description: string };
    programmesJson: { title: string; description: string };
    valuesXlsx: { title: string; description: string };
    programmesXlsx: { title: string; description: string };
  };
  /** The two sets of terms: the source documents' (art. 4 of the copyright act) and the site's own texts' (CC BY 4.0). */
  licenses: { sources: string; site: string };
  /** Polish description of each export column. */
  fields: Record<string, string>;
  /** Polish description of each programmes column. */
  programmeFields: Record<string, string>;
}

/** What the descriptor lists besides the site-wide files: every programme's and every indicator's own CSV. */
export interface PackageFiles {
  /** siteFiles() and siteWorkbooks(), for their sizes. */
  site: readonly { name: string; bytes: number | Uint8Array; text?: string }[];
  /** Slugs of the programmes, in export order. */
  programmes: readonly string[];
  /** Programme slug and indicator id of every indicator, in export order. */
  indicators: readonly { programme: string; indicator: string }[];
}

/** Licences of the data: which parts are which is said in each title (and on /dane/). */
export const dataLicenses = (texts: PackageTexts['licenses']): License[] => [
  // Official documents are not protected by copyright (Dz.U. 1994 nr 24 poz. 83, art. 4 pkt 2).
  { name: 'other-pd', path: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19940240083', title: texts.sources },
  { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/deed.pl', title: texts.site },
];

/** The descriptor of every CSV of /dane/ (tabular, typed) and of the site-wide JSON and XLSX copies. */
export function dataPackage(files: PackageFiles, texts: PackageTexts, siteUrl = ''): DataPackage {
  const size = (name: string) => {
    const f = files.site.find((x) => x.name === name);
    if (!f) throw new Error(`datapackage: no file ${name}`);
    return typeof f.bytes === 'number' ? f.bytes : f.bytes.length;
  };
  const describe = (f: Field, d: Record<string, string>): Field => ({ name: f.name, type: f.type, ...(d[f.name] ? { description: d[f.name] } : {}), ...(f.constraints ? { constraints: f.constraints } : {}) });
  const valuesSchema = (): TableSchema => ({
    fields: EXPORT_FIELDS.map((name) => describe({ name, ...VALUE_FIELDS[name] }, texts.fields)),
    missingValues: [''],
    // No primary key: programme + indicator + kind + year is unique (tests/build/datapackage.test.ts
    // checks it on the real data), but `year` is empty for values stated without a year, and a
    // primary key's fields cannot be empty (Table Schema, primaryKey).
    foreignKeys: [{ fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } }],
  });
  const csv = (name: string, path: string | string[], title: string, schema: TableSchema, description?: string): TabularResource => ({
    profile: 'tabular-data-resource',
    name,
    path,
    title,
    ...(description ? { description } : {}),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    ...(typeof path === 'string' ? { bytes: size(path) } : {}),
    dialect: CSV_DIALECT,
    schema,
  });
  const plain = (name: string, path: string, format: FileResource['format'], t: { title: string; description: string }): FileResource => ({
    profile: 'data-resource',
    name,
    path,
    title: t.title,
    description: t.description,
    format,
    mediatype: format === 'json' ? 'application/json' : XLSX_MEDIATYPE,
    ...(format === 'json' ? { encoding: 'utf-8' as const } : {}),
    bytes: size(path),
  });
  const r = texts.resources;
  return {
    profile: 'data-package',
    name: 'miernik',
    title: texts.packageTitle,
    description: texts.packageDescription,
    ...(siteUrl ? { homepage: siteUrl + dataUrl('') } : {}),
    licenses: dataLicenses(texts.licenses),
    resources: [
      csv('wskazniki', 'wskazniki.csv', texts.valuesTitle, valuesSchema()),
      csv('programy', 'programy.csv', texts.programmesTitle, {
        fields: PROGRAMME_FIELDS.map((f) => describe(f, texts.programmeFields)),
        missingValues: [''],
        primaryKey: ['slug'],
      }),
      csv('wskazniki-programow', files.programmes.map((slug) => `${slug}.csv`), r.programmeCsv.title, valuesSchema(), r.programmeCsv.description),
      csv('wskazniki-miernikow', files.indicators.map((i) => indicatorFilePath(i.programme, i.indicator, 'csv')), r.indicatorCsv.title, valuesSchema(), r.indicatorCsv.description),
      plain('wskazniki-json', 'wskazniki.json', 'json', r.valuesJson),
      plain('programy-json', 'programy.json', 'json', r.programmesJson),
      plain('wskazniki-xlsx', 'wskazniki.xlsx', 'xlsx', r.valuesXlsx),
      plain('programy-xlsx', 'programy.xlsx', 'xlsx', r.programmesXlsx),
    ],
  };
}

/** The lists of programmes and indicators the descriptor names, from the model. */
export const packageLists = (site: SiteModel): Omit<PackageFiles, 'site'> => ({
  programmes: site.programmes.map((p) => p.slug),
  indicators: site.programmes.flatMap((p) => p.indicators.map((pi) => ({ programme: p.slug, indicator: pi.indicator.id }))),
});
