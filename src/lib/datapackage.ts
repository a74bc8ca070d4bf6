// The files of /dane/ in one place: their exact text (the endpoints serve it, the downloads page
// measures it, so the sizes it states are the sizes served), the Frictionless `datapackage.json`
// that describes them with typed fields, and the notes a programme's data needs.
import type { ProgrammeModel, SiteModel } from './model.ts';
import { EXPORT_FIELDS, programmeList, programmeRows, siteRows, type ExportRow } from './exportRows.ts';
import { statedVsComputed, type StatedComparison } from './budget.ts';
import { toCsv } from './csv.ts';
import { formatNumber } from './format.ts';

/** The export as CSV text, exactly as the contract says (BOM, comma, CRLF, header). */
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

/** The site-wide files: wskazniki.csv, wskazniki.json, programy.json. */
export function siteFiles(site: SiteModel, siteUrl = ''): DataFile[] {
  const rows = siteRows(site, siteUrl);
  const programmes = programmeList(site, siteUrl);
  return [
    file('wskazniki.csv', 'csv', 'values', exportCsv(rows), rows.length),
    file('wskazniki.json', 'json', 'values', jsonText(rows), rows.length),
    file('programy.json', 'json', 'programmes', jsonText(programmes), programmes.length),
  ];
}

/** The files of one programme: <slug>.csv and <slug>.json. */
export function programmeFiles(p: ProgrammeModel, siteUrl = ''): DataFile[] {
  const rows = programmeRows(p, siteUrl);
  return [
    file(`${p.slug}.csv`, 'csv', 'values', exportCsv(rows), rows.length, p.slug),
    file(`${p.slug}.json`, 'json', 'values', jsonText(rows), rows.length, p.slug),
  ];
}

/**
 * Every indicator's own export files (dane/wskazniki/<programme>/<indicator>.csv|json): the same
 * contract rows as wskazniki.csv, nothing else. Written by scripts/build.ts after `astro build`,
 * in one pass over the model: as Astro routes they cost ~1 ms each, most of a large portal's build.
 */
export function indicatorFiles(site: SiteModel, siteUrl = ''): { path: string; text: string }[] {
  return site.programmes.flatMap((p) =>
    p.indicators.flatMap((pi) => {
      const rows = programmeRows({ ...p, indicators: [pi] }, siteUrl);
      const base = `dane/wskazniki/${p.slug}/${pi.indicator.id}`;
      return [
        { path: `${base}.csv`, text: exportCsv(rows) },
        { path: `${base}.json`, text: jsonText(rows) },
      ];
    }),
  );
}


/** Totals the source states that differ from the sum of the budget lines (the data a reader should know about). */
export const dataNotes = (p: ProgrammeModel): StatedComparison[] =>
  statedVsComputed(p).filter((c) => c.difference !== undefined && c.difference !== 0);

// ---------------------------------------------------------------------------------------------
// Frictionless Data Package (https://specs.frictionlessdata.io/): table schemas of the export.

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

export interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource';
  title: string;
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  bytes: number;
  dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: TableSchema;
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  homepage?: string;
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

export interface PackageTexts {
  packageTitle: string;
  packageDescription: string;
  valuesTitle: string;
  programmesTitle: string;
  /** Polish description of each export column. */
  fields: Record<string, string>;
  /** Polish description of each programmes column. */
  programmeFields: Record<string, string>;
}

/** The descriptor of wskazniki.csv and programy.json; `files` are those of siteFiles() (for their sizes). */
export function dataPackage(files: readonly DataFile[], texts: PackageTexts, siteUrl = ''): DataPackage {
  const size = (name: string) => files.find((f) => f.name === name)?.bytes ?? 0;
  const describe = (f: Field, d: Record<string, string>): Field => ({ name: f.name, type: f.type, ...(d[f.name] ? { description: d[f.name] } : {}), ...(f.constraints ? { constraints: f.constraints } : {}) });
  return {
    profile: 'tabular-data-package',
    name: 'miernik',
    title: texts.packageTitle,
    description: texts.packageDescription,
    ...(siteUrl ? { homepage: `${siteUrl}/dane/` } : {}),
    resources: [
      {
        name: 'wskazniki',
        path: 'wskazniki.csv',
        profile: 'tabular-data-resource',
        title: texts.valuesTitle,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: size('wskazniki.csv'),
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: EXPORT_FIELDS.map((name) => describe({ name, ...VALUE_FIELDS[name] }, texts.fields)),
          missingValues: [''],
          foreignKeys: [{ fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } }],
        },
      },
      {
        name: 'programy',
        path: 'programy.json',
        profile: 'tabular-data-resource',
        title: texts.programmesTitle,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: size('programy.json'),
        schema: {
          fields: PROGRAMME_FIELDS.map((f) => describe(f, texts.programmeFields)),
          missingValues: [''],
          primaryKey: ['slug'],
        },
      },
    ],
  };
}
