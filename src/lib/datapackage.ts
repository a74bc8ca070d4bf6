// The files of /dane/ in one place: their exact text or bytes (the endpoints serve them, the
// pages measure them, so the sizes they state are the sizes served), the Frictionless
// `datapackage.json` that describes them with typed fields and licences, and the notes a
// programme's data needs.
import type { PlacedIndicator, ProgrammeModel, SiteModel } from './model.ts';
import { EXPORT_FIELDS, programmeList, programmeRows, siteRows, type ExportRow, type ProgrammeListItem } from './exportRows.ts';
import { INDICATOR_FIELDS, siteIndicatorRows, type IndicatorRow } from './exportIndicators.ts';
import { ACTION_FIELDS, siteActionRows, type ActionRow } from './exportActions.ts';
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
  /** What a row is: an indicator value, a programme, an indicator (mierniki), or an action (dzialania). */
  content: 'values' | 'programmes' | 'indicators' | 'actions' | 'datapackage';
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

/** The site-wide tables, each written as .csv and .json: its rows and their columns. */
const SITE_TABLES = {
  wskazniki: { content: 'values', rows: siteRows, columns: EXPORT_FIELDS },
  programy: { content: 'programmes', rows: programmeList, columns: PROGRAMME_COLUMNS },
  mierniki: { content: 'indicators', rows: siteIndicatorRows, columns: INDICATOR_FIELDS },
  dzialania: { content: 'actions', rows: siteActionRows, columns: ACTION_FIELDS },
} as const satisfies Record<string, { content: DataFile['content']; rows: (site: SiteModel, siteUrl?: string) => object[]; columns: readonly string[] }>;

/** One site-wide table as its CSV and JSON files. */
function tableFiles(site: SiteModel, name: keyof typeof SITE_TABLES, siteUrl: string): DataFile[] {
  const table = SITE_TABLES[name];
  const rows = table.rows(site, siteUrl) as object[] as Record<string, unknown>[];
  return [
    file(`${name}.csv`, 'csv', table.content, toCsv(rows, table.columns), rows.length),
    file(`${name}.json`, 'json', table.content, jsonText(rows), rows.length),
  ];
}

/** The site-wide text files: wskazniki, programy, mierniki and dzialania, each as .csv and .json. */
export const siteFiles = (site: SiteModel, siteUrl = ''): DataFile[] =>
  (Object.keys(SITE_TABLES) as (keyof typeof SITE_TABLES)[]).flatMap((name) => tableFiles(site, name, siteUrl));

/** One site-wide text file by name ("mierniki.csv"), what its endpoint serves. */
export function siteFile(site: SiteModel, name: string, siteUrl = ''): DataFile {
  const [table, format] = name.split('.') as [string, string];
  const f = table in SITE_TABLES ? tableFiles(site, table as keyof typeof SITE_TABLES, siteUrl).find((x) => x.format === format) : undefined;
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

// ---------------------------------------------------------------------------------------------
// Excel workbooks: the same tables as the site-wide CSVs and <slug>.csv, for people who
// open data in a spreadsheet (the CSVs carry no BOM, which Excel needs to read UTF-8). Not one per
// indicator: the smallest workbook is ~3 KB against a few hundred bytes of CSV, and a portal of
// 1 000 programmes has ~60 000 indicators; an indicator's page offers its programme's workbook.

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
}

/** wskazniki.xlsx, programy.xlsx, mierniki.xlsx and dzialania.xlsx. */
export async function siteWorkbooks(site: SiteModel, sheets: SheetNames, siteUrl = ''): Promise<XlsxFile[]> {
  const book = async <T extends object>(name: string, rows: readonly T[], columns: XlsxColumn[], sheet: string): Promise<XlsxFile> =>
    ({ name, bytes: await toXlsx(rows, columns, sheet), rows: rows.length });
  return [
    await book('wskazniki.xlsx', siteRows(site, siteUrl), valueColumns(), sheets.values),
    await book('programy.xlsx', programmeList(site, siteUrl), programmeColumns(), sheets.programmes),
    await book<IndicatorRow>('mierniki.xlsx', siteIndicatorRows(site, siteUrl), indicatorColumns(), sheets.indicators),
    await book<ActionRow>('dzialania.xlsx', siteActionRows(site, siteUrl), actionColumns(), sheets.actions),
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

type ColumnType = Omit<Field, 'name' | 'description'>;

/** The columns that place an indicator, in wskazniki and mierniki alike (exportRows.ts IndicatorColumns, and action). */
const PLACE_FIELDS = {
  programme: { type: 'string', constraints: { required: true } },
  organisation: { type: 'string', constraints: { required: true } },
  goal: { type: 'string' },
  task: { type: 'string' },
  action: { type: 'string' },
  indicator: { type: 'string', constraints: { required: true } },
  label: { type: 'string', constraints: { required: true } },
  unit: { type: 'string', constraints: { required: true, enum: [...UNIT_VALUES] } },
  unitLabel: { type: 'string' },
} satisfies Record<string, ColumnType>;

/** Type and constraints of every export column; the contract (DESIGN.md) in table-schema terms. */
const VALUE_FIELDS: Record<(typeof EXPORT_FIELDS)[number], ColumnType> = {
  ...PLACE_FIELDS,
  year: { type: 'integer' },
  kind: { type: 'string', constraints: { required: true, enum: [...KIND_VALUES] } },
  value: { type: 'number' },
  text: { type: 'string', constraints: { required: true } },
  source: { type: 'string', constraints: { required: true } },
  url: { type: 'string', constraints: { required: true } },
  periodStart: { type: 'integer' },
  periodEnd: { type: 'integer' },
};

/** Type and constraints of every column of mierniki.csv. */
const INDICATOR_FIELD_TYPES: Record<(typeof INDICATOR_FIELDS)[number], ColumnType> = {
  ...PLACE_FIELDS,
  series: { type: 'string' },
  implementers: { type: 'string' },
  valueCount: { type: 'integer', constraints: { required: true } },
  url: { type: 'string', constraints: { required: true } },
};

/** Type and constraints of every column of dzialania.csv. */
const ACTION_FIELD_TYPES: Record<(typeof ACTION_FIELDS)[number], ColumnType> = {
  programme: { type: 'string', constraints: { required: true } },
  organisation: { type: 'string', constraints: { required: true } },
  goal: { type: 'string', constraints: { required: true } },
  task: { type: 'string' },
  action: { type: 'string', constraints: { required: true } },
  title: { type: 'string', constraints: { required: true } },
  implementers: { type: 'string' },
  schedule: { type: 'string' },
  scheduleStart: { type: 'integer' },
  scheduleEnd: { type: 'integer' },
  funding: { type: 'string' },
  budgetTotal: { type: 'number' },
  url: { type: 'string', constraints: { required: true } },
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

type Described = { title: string; description: string };

export interface PackageTexts {
  packageTitle: string;
  packageDescription: string;
  valuesTitle: string;
  programmesTitle: string;
  /** mierniki.csv and dzialania.csv. */
  indicatorsTitle: string;
  actionsTitle: string;
  /** Titles and descriptions of the resources beyond the main tables. */
  resources: {
    programmeCsv: Described;
    indicatorCsv: Described;
    valuesJson: Described;
    programmesJson: Described;
    indicatorsJson: Described;
    actionsJson: Described;
    valuesXlsx: Described;
    programmesXlsx: Described;
    indicatorsXlsx: Described;
    actionsXlsx: Described;
  };
  /** The two sets of terms: the source documents' (art. 4 of the copyright act) and the site's own texts' (CC BY 4.0). */
  licenses: { sources: string; site: string };
  /** Polish description of each export column. */
  fields: Record<string, string>;
  /** Polish description of each programmes column. */
  programmeFields: Record<string, string>;
  /** Polish description of each column of mierniki.csv. */
  indicatorFields: Record<string, string>;
  /** Polish description of each column of dzialania.csv. */
  actionFields: Record<string, string>;
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

/**
 * The descriptor of every CSV of /dane/ (tabular, typed, with their keys) and of the site-wide JSON
 * and XLSX copies. Keys: programy(slug), mierniki(programme, indicator), dzialania(programme,
 * action); every value row's (programme, indicator) is a row of mierniki, every indicator's action
 * a row of dzialania, every programme column a row of programy.
 */
export function dataPackage(files: PackageFiles, texts: PackageTexts, siteUrl = ''): DataPackage {
  const size = (name: string) => {
    const f = files.site.find((x) => x.name === name);
    if (!f) throw new Error(`datapackage: no file ${name}`);
    return typeof f.bytes === 'number' ? f.bytes : f.bytes.length;
  };
  const describe = (f: Field, d: Record<string, string>): Field => ({ name: f.name, type: f.type, ...(d[f.name] ? { description: d[f.name] } : {}), ...(f.constraints ? { constraints: f.constraints } : {}) });
  const toProgrammes = { fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } };
  const valuesSchema = (): TableSchema => ({
    fields: EXPORT_FIELDS.map((name) => describe({ name, ...VALUE_FIELDS[name] }, texts.fields)),
    missingValues: [''],
    // No primary key: programme + indicator + kind + year is unique (tests/build/datapackage.test.ts
    // checks it on the real data), but `year` is empty for values stated without a year, and a
    // primary key's fields cannot be empty (Table Schema, primaryKey).
    foreignKeys: [toProgrammes, { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } }],
  });
  const indicatorsSchema = (): TableSchema => ({
    fields: INDICATOR_FIELDS.map((name) => describe({ name, ...INDICATOR_FIELD_TYPES[name] }, texts.indicatorFields)),
    missingValues: [''],
    primaryKey: ['programme', 'indicator'],
    foreignKeys: [
      toProgrammes,
      // Indicators outside actions (expected results, diagnosis, strategic indicators, stated
      // totals) have an empty `action`: such a row refers to no action. Table Schema's foreign keys
      // are "directly modelled on the concept of foreign keys in SQL" (Data Package v2, Table Schema,
      // foreignKeys: https://datapackage.org/standard/table-schema/#foreignKeys), and the v1
      // "Table Schema: Unique constraints" pattern spells it out: "per SQL standards, the local key
      // MAY contain keys with field values not present in the reference key if and only if at least
      // one of the fields is locally null" (https://specs.frictionlessdata.io/patterns/#table-schema-unique-constraints).
      { fields: ['programme', 'action'], reference: { resource: 'dzialania', fields: ['programme', 'action'] } },
    ],
  });
  const actionsSchema = (): TableSchema => ({
    fields: ACTION_FIELDS.map((name) => describe({ name, ...ACTION_FIELD_TYPES[name] }, texts.actionFields)),
    missingValues: [''],
    primaryKey: ['programme', 'action'],
    foreignKeys: [toProgrammes],
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
      csv('mierniki', 'mierniki.csv', texts.indicatorsTitle, indicatorsSchema()),
      csv('dzialania', 'dzialania.csv', texts.actionsTitle, actionsSchema()),
      plain('wskazniki-json', 'wskazniki.json', 'json', r.valuesJson),
      plain('programy-json', 'programy.json', 'json', r.programmesJson),
      plain('mierniki-json', 'mierniki.json', 'json', r.indicatorsJson),
      plain('dzialania-json', 'dzialania.json', 'json', r.actionsJson),
      plain('wskazniki-xlsx', 'wskazniki.xlsx', 'xlsx', r.valuesXlsx),
      plain('programy-xlsx', 'programy.xlsx', 'xlsx', r.programmesXlsx),
      plain('mierniki-xlsx', 'mierniki.xlsx', 'xlsx', r.indicatorsXlsx),
      plain('dzialania-xlsx', 'dzialania.xlsx', 'xlsx', r.actionsXlsx),
    ],
  };
}

/** The lists of programmes and indicators the descriptor names, from the model. */
export const packageLists = (site: SiteModel): Omit<PackageFiles, 'site'> => ({
  programmes: site.programmes.map((p) => p.slug),
  indicators: site.programmes.flatMap((p) => p.indicators.map((pi) => ({ programme: p.slug, indicator: pi.indicator.id }))),
});
