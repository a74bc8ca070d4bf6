// The open-data table of progress (/dane/postep.*): one row per indicator and target time (a year,
// each year of a yearly target, a range, or no time), plus one per reported value for a year
// without a target — with the target, the measured value and its source, the direction, the
// status and the ratio from src/lib/progress.ts. Nothing here depends on the date of the build.
import type { SiteModel } from './model.ts';
import { siteProgress, type ProgressEntry, PROGRESS_STATUSES } from './progress.ts';
import { indicatorUrl } from './urls.ts';
import { timeSpan } from './valueTime.ts';
import type { XlsxColumn } from './xlsx.ts';
import type { ColumnType } from './exportFields.ts';

export const PROGRESS_FIELDS = [
  'programme',
  'organisation',
  'indicator',
  'label',
  'unit',
  'unitLabel',
  'year',
  'periodStart',
  'periodEnd',
  'target',
  'targetText',
  'achieved',
  'achievedText',
  'achievedKind',
  'achievedProgramme',
  'achievedIndicator',
  'achievedSource',
  'direction',
  'status',
  'ratio',
  'url',
] as const;

export interface ProgressRow {
  programme: string;
  organisation: string;
  indicator: string;
  label: string;
  unit: 'count' | 'percent' | 'currency' | 'text';
  unitLabel: string | null;
  /** The year, for one year (also each year of a yearly target); null for a range or no time. */
  year: number | null;
  periodStart: number | null;
  periodEnd: number | null;
  target: number | null;
  targetText: string | null;
  achieved: number | null;
  achievedText: string | null;
  achievedKind: 'achieved' | 'statistic' | null;
  /** The programme and indicator the measured value belongs to: another edition's where it comes from one. */
  achievedProgramme: string | null;
  achievedIndicator: string | null;
  achievedSource: string | null;
  direction: 'higher' | 'lower' | null;
  status: (typeof PROGRESS_STATUSES)[number];
  /** achieved ÷ target, unrounded. */
  ratio: number | null;
  url: string;
}

export const progressRow = (e: ProgressEntry, siteUrl = ''): ProgressRow => ({
  programme: e.programme.slug,
  organisation: e.programme.organisation.id,
  indicator: e.placed.indicator.id,
  label: e.placed.indicator.label,
  unit: e.placed.indicator.unit,
  unitLabel: e.placed.indicator.unitLabel || null,
  year: e.time.kind === 'year' ? e.time.year : null,
  periodStart: timeSpan(e.time).start,
  periodEnd: timeSpan(e.time).end,
  target: e.target?.value ?? null,
  targetText: e.target?.text ?? null,
  achieved: e.measured?.value ?? null,
  achievedText: e.measured?.text ?? null,
  achievedKind: e.measured?.kind ?? null,
  achievedProgramme: e.measured?.programme ?? null,
  achievedIndicator: e.measured?.indicator ?? null,
  achievedSource: e.measured?.source ?? null,
  direction: e.direction ?? null,
  status: e.status,
  ratio: e.ratio ?? null,
  url: siteUrl + indicatorUrl(e.programme.slug, e.placed.indicator.id),
});

export const siteProgressRows = (site: SiteModel, siteUrl = ''): ProgressRow[] => siteProgress(site).map((e) => progressRow(e, siteUrl));

// Column types, named once: most columns are optional text or numbers.
const TEXT: ColumnType = { type: 'string' };
const REQUIRED: ColumnType = { type: 'string', constraints: { required: true } };
const YEAR: ColumnType = { type: 'integer' };
const NUMBER: ColumnType = { type: 'number' };
const oneOf = (values: readonly string[], required = false): ColumnType => ({
  type: 'string',
  constraints: { ...(required && { required }), enum: [...values] },
});

/** Type and constraints of every column of postep.csv (the table schema in datapackage.json). */
export const PROGRESS_FIELD_TYPES: Record<(typeof PROGRESS_FIELDS)[number], ColumnType> = {
  programme: REQUIRED,
  organisation: REQUIRED,
  indicator: REQUIRED,
  label: REQUIRED,
  unit: oneOf(['count', 'percent', 'currency', 'text'], true),
  unitLabel: TEXT,
  year: YEAR,
  periodStart: YEAR,
  periodEnd: YEAR,
  target: NUMBER,
  targetText: TEXT,
  achieved: NUMBER,
  achievedText: TEXT,
  achievedKind: oneOf(['achieved', 'statistic']),
  achievedProgramme: TEXT,
  achievedIndicator: TEXT,
  achievedSource: TEXT,
  direction: oneOf(['higher', 'lower']),
  status: oneOf(PROGRESS_STATUSES, true),
  ratio: NUMBER,
  url: REQUIRED,
};

/** Keys of postep.csv: every row's programme is in programy, its indicator and its measured value's indicator in mierniki. */
export const PROGRESS_FOREIGN_KEYS = [
  { fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } },
  { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
  { fields: ['achievedProgramme', 'achievedIndicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
];

/** The columns of postep.xlsx, typed as in the table schema. */
export const progressXlsxColumns = (): XlsxColumn[] => PROGRESS_FIELDS.map((name) => ({ name, type: PROGRESS_FIELD_TYPES[name].type }));

/** What the data package says about postep.*, in Polish (src/i18n/progress.pl.ts). */
export interface ProgressPackageTexts {
  title: string;
  json: { title: string; description: string };
  xlsx: { title: string; description: string };
  /** Polish description of each column. */
  fields: Record<(typeof PROGRESS_FIELDS)[number], string>;
}
