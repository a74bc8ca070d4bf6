// Type and constraints of every column of the /dane/ tables, in Table Schema terms (the contract
// of DESIGN.md): the Data Package descriptor (datapackage.ts) states them, and the workbooks
// (exportWorkbooks.ts) type their cells by them.
import { EXPORT_FIELDS } from './exportRows.ts';
import { INDICATOR_FIELDS } from './exportIndicators.ts';
import { ACTION_FIELDS } from './exportActions.ts';

export type FieldType = 'string' | 'integer' | 'number';

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: (string | number)[] };
}

export const UNIT_VALUES = ['count', 'percent', 'currency', 'text'] as const;
export const KIND_VALUES = ['target', 'achieved', 'statistic', 'baseline', 'budget'] as const;

export type ColumnType = Omit<Field, 'name' | 'description'>;

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
export const VALUE_FIELDS: Record<(typeof EXPORT_FIELDS)[number], ColumnType> = {
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
export const INDICATOR_FIELD_TYPES: Record<(typeof INDICATOR_FIELDS)[number], ColumnType> = {
  ...PLACE_FIELDS,
  series: { type: 'string' },
  implementers: { type: 'string' },
  valueCount: { type: 'integer', constraints: { required: true } },
  url: { type: 'string', constraints: { required: true } },
};

/** Type and constraints of every column of dzialania.csv. */
export const ACTION_FIELD_TYPES: Record<(typeof ACTION_FIELDS)[number], ColumnType> = {
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

export const PROGRAMME_FIELDS: Field[] = [
  { name: 'slug', type: 'string', constraints: { required: true, unique: true } },
  { name: 'title', type: 'string', constraints: { required: true } },
  { name: 'organisation', type: 'string', constraints: { required: true } },
  { name: 'organisationSlug', type: 'string', constraints: { required: true } },
  { name: 'kind', type: 'string', constraints: { required: true, enum: ['programme'] } },
  { name: 'periodStart', type: 'integer', constraints: { required: true } },
  { name: 'periodEnd', type: 'integer', constraints: { required: true } },
  { name: 'url', type: 'string', constraints: { required: true } },
];
