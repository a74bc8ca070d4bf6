// Lays indicators out as a table with one column per time — each year, each range as a whole,
// each yearly value's range, values without a time last (valueTime.ts compareTime) — so a
// multi-year programme reads across (2017 → 2020) and a single-year one stays compact. Pure data;
// components render it.
import type { PlacedIndicator, PlacedValue } from './model.ts';
import { formatValue } from './format.ts';
import { compareTime, timeKey, timeLabel, type ValueTime } from './valueTime.ts';
import { t } from '../i18n/pl.ts';

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
  /** One list of values per column; all empty for an indicator the document gives no value for. */
  cells: Cell[][];
  /** True when the indicator has no value at all (the row says "dokument nie podaje wartości docelowej"). */
  empty: boolean;
}

export interface TimeColumn {
  time: ValueTime;
  /** The column header: "2024", "2025–2027 (łącznie)", "rocznie (2024–2030)", "bez roku". */
  label: string;
}

export interface YearTable {
  /** Columns in order (compareTime): single years, then ranges, yearly values, no time. */
  columns: TimeColumn[];
  rows: TableRow[];
  /** True when more than one kind of value appears, so cells must name the kind. */
  mixedKinds: boolean;
}

/** The header of a column of times: "Rok", or "Okres" / "Rok lub okres" when ranges or yearly values are among them. */
export function timeHeader(times: readonly ValueTime[]): string {
  const periods = times.filter((x) => x.kind === 'range' || x.kind === 'annual').length;
  if (periods === 0) return t.table.year;
  return periods === times.length ? t.table.period : t.table.yearOrPeriod;
}

export function yearTable(indicators: readonly PlacedIndicator[]): YearTable {
  const times = new Map<string, ValueTime>();
  const kinds = new Set<string>();
  for (const pi of indicators)
    for (const v of pi.values) {
      times.set(timeKey(v.time), v.time);
      kinds.add(v.kind);
    }
  const columns = [...times.values()].sort(compareTime).map((time) => ({ time, label: timeLabel(time, t.time.short) }));
  const rows = indicators.map((pi) => ({
    id: pi.indicator.id,
    label: pi.indicator.label,
    unitLabel: pi.indicator.unitLabel,
    numeric: pi.indicator.unit !== 'text',
    empty: pi.values.length === 0,
    cells: columns.map((c) =>
      pi.values
        .filter((v) => timeKey(v.time) === timeKey(c.time))
        .map((v) => ({ kind: v.kind, display: formatValue(v.value, pi.indicator.unit, v.text), text: v.text, textDiffers: v.textDiffers })),
    ),
  }));
  return { columns, rows, mixedKinds: kinds.size > 1 };
}
