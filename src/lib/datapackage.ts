// The Frictionless `datapackage.json` that describes the files of /dane/ (exportFiles.ts,
// exportWorkbooks.ts) with typed fields (exportFields.ts), keys and licences. Frictionless Data
// Package, v1 profiles (https://specs.frictionlessdata.io/, read by every Frictionless tool; v2
// tools read v1). A Tabular Data Resource's file MUST be CSV, so the CSVs are tabular resources
// with typed schemas and the JSON and XLSX copies plain data resources; a package mixing both is a
// `data-package`, not a `tabular-data-package`.
import { seriesViews } from './series.ts';
import type { SiteModel } from './model.ts';
import { EXPORT_FIELDS, hasOwnFiles } from './exportRows.ts';
import { INDICATOR_FIELDS } from './exportIndicators.ts';
import { ACTION_FIELDS } from './exportActions.ts';
import { ACTION_FIELD_TYPES, INDICATOR_FIELD_TYPES, PROGRAMME_FIELDS, VALUE_FIELDS, type Field } from './exportFields.ts';
import { PROGRESS_FIELDS, PROGRESS_FIELD_TYPES, PROGRESS_FOREIGN_KEYS, type ProgressPackageTexts } from './exportProgress.ts';
import { dataUrl, indicatorDataPath } from './urls.ts';
import { XLSX_MEDIATYPE } from './xlsx.ts';

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
    seriesCsv: Described;
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
  /** postep.csv, .json and .xlsx: titles and column descriptions. */
  progress: ProgressPackageTexts;
}

/** What the descriptor lists besides the site-wide files: every programme's and every indicator's own CSV. */
export interface PackageFiles {
  /** siteFiles() and siteWorkbooks(), for their sizes. */
  site: readonly { name: string; bytes: number | Uint8Array; text?: string }[];
  /** Slugs of the programmes, in export order. */
  programmes: readonly string[];
  /** Programme slug and indicator id of every indicator, in export order. */
  indicators: readonly { programme: string; indicator: string }[];
  /** Ids of the series with a page (and so serie/<id>.csv), in page order; none when omitted. */
  series?: readonly string[];
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
  const describe = (f: Field, d: Record<string, string>): Field => ({
    name: f.name,
    type: f.type,
    ...(d[f.name] ? { description: d[f.name] } : {}),
    ...(f.constraints ? { constraints: f.constraints } : {}),
  });
  const toProgrammes = { fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } };
  const valuesSchema = (): TableSchema => ({
    fields: EXPORT_FIELDS.map((name) => describe({ name, ...VALUE_FIELDS[name] }, texts.fields)),
    missingValues: [''],
    // No primary key: programme + indicator + kind + year is unique (tests/build/datapackage.test.ts
    // checks it on the real data), but `year` is empty for values stated without a year, and a
    // primary key's fields cannot be empty (Table Schema, primaryKey).
    foreignKeys: [
      toProgrammes,
      { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
    ],
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
      csv(
        'wskazniki-programow',
        files.programmes.map((slug) => `${slug}.csv`),
        r.programmeCsv.title,
        valuesSchema(),
        r.programmeCsv.description,
      ),
      csv(
        'wskazniki-miernikow',
        files.indicators.map((i) => indicatorDataPath(i.programme, i.indicator, 'csv')),
        r.indicatorCsv.title,
        valuesSchema(),
        r.indicatorCsv.description,
      ),
      // A series' rows of wskazniki.csv across editions and towns: the same schema, one file per series.
      ...(files.series?.length
        ? [
            csv(
              'wskazniki-serii',
              files.series.map((id) => `serie/${id}.csv`),
              r.seriesCsv.title,
              valuesSchema(),
              r.seriesCsv.description,
            ),
          ]
        : []),
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
      // Progress (target against achieved, exportProgress.ts): the table and its copies.
      csv('postep', 'postep.csv', texts.progress.title, {
        fields: PROGRESS_FIELDS.map((name) => describe({ name, ...PROGRESS_FIELD_TYPES[name] }, texts.progress.fields)),
        missingValues: [''],
        foreignKeys: PROGRESS_FOREIGN_KEYS,
      }),
      plain('postep-json', 'postep.json', 'json', texts.progress.json),
      plain('postep-xlsx', 'postep.xlsx', 'xlsx', texts.progress.xlsx),
    ],
  };
}

/** The lists of programmes and of indicators with files of their own the descriptor names, from the model. */
export const packageLists = (site: SiteModel): Omit<PackageFiles, 'site'> => ({
  programmes: site.programmes.map((p) => p.slug),
  indicators: site.programmes.flatMap((p) =>
    p.indicators.filter((pi) => hasOwnFiles(p, pi)).map((pi) => ({ programme: p.slug, indicator: pi.indicator.id })),
  ),
  series: seriesViews(site).map((v) => v.id),
});
