// Lays indicators out as a table with one column per year, so a multi-year programme reads
// across (2017 → 2020) and a single-year one stays compact. Pure data; components render it.
import type { PlacedIndicator, PlacedValue } from './model.ts';
import { formatValue } from './format.ts';

export interface Cell {
  kind: PlacedValue['kind'];
  display: string;
  text: string;
  /** The editor's reason when the value is not the number in `text`. */
  textDiffers?: string;
}

export interface TableRow {
  id: string;
  label: string;
  unitLabel: string;
  /** False for indicators stated in words: their cells may wrap. */
  numeric: boolean;
  cells: Cell[][];
}

export interface YearTable {
  /** Column years in order; `undefined` is the column for values without a year. */
  years: (number | undefined)[];
  rows: TableRow[];
  /** True when more than one kind of value appears, so cells must name the kind. */
  mixedKinds: boolean;
}

export function yearTable(indicators: readonly PlacedIndicator[]): YearTable {
  const yearSet = new Set<number | undefined>();
  const kinds = new Set<string>();
  for (const pi of indicators) for (const v of pi.values) { yearSet.add(v.year); kinds.add(v.kind); }
  const years = [...yearSet].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const rows = indicators.map((pi) => ({
    id: pi.indicator.id,
    label: pi.indicator.label,
    unitLabel: pi.indicator.unitLabel,
    numeric: pi.indicator.unit !== 'text',
    cells: years.map((y) =>
      pi.values
        .filter((v) => v.year === y)
        .map((v) => ({ kind: v.kind, display: formatValue(v.value, pi.indicator.unit, v.text), text: v.text, textDiffers: v.textDiffers })),
    ),
  }));
  return { years, rows, mixedKinds: kinds.size > 1 };
}
