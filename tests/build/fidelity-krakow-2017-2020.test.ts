// Fidelity of the Kraków 2017–2020 programme ("Cele i mierniki przeciwdziałania przemocy w rodzinie"):
// every number in a yearly measure cell of the source table must be in the open-data export exactly
// once, as a target value of that goal and year — no more, no less.
//
// The source is the cleanly extracted seed (one table row per line, cells separated by tabs:
// action, implementing unit, 2017, 2018, 2019, 2020; continuation rows have empty first cells).
// The global setup of the build tests builds the site first, which writes dist/dane/wskazniki.json.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const PROGRAMME = 'krakow-przemoc-w-rodzinie-2017-2020';
const SEED = path.resolve(process.cwd(), 'sources/001_ca3d13d1c8f44f27.txt');
const EXPORT = path.resolve(process.cwd(), 'dist/dane/wskazniki.json');

// --- parser start
/** One number from a yearly measure cell of the source. */
export interface SeedTuple {
  goal: string;
  year: number;
  value: number;
  cell: string;
}

/** The columns after "Działania planowane do realizacji" and "Komórka/jednostka realizująca". */
export const YEAR_COLUMNS: ReadonlyArray<readonly [column: number, year: number]> = [
  [2, 2017],
  [3, 2018],
  [4, 2019],
  [5, 2020],
];

/**
 * A Polish number: digits grouped by (non-breaking) spaces ("1 250") or plain ("1250"), with an
 * optional decimal comma ("23,5", "1,5"). Not preceded or followed by a letter or digit, so that
 * a number glued to a letter is never taken for a value.
 */
const POLISH_NUMBER = /(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\d])/gu;

/** "1 250" → 1250, "23,5" → 23.5, "0" → 0. */
export function polishNumber(integer: string, fraction: string | undefined): number {
  const digits = integer.replace(/[ \u00a0\u202f]/g, '');
  return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}

/** Every measure value in one yearly cell ("Liczba porad – 1200" → [1200]; "– 0" → [0]). */
export function cellNumbers(cell: string): number[] {
  // Numbers that are not measure values, handled explicitly:
  // - a legal reference: "w oparciu o art. 12a – 2." — "12a" names the article, only "2" is the value.
  const withoutReferences = cell.replace(/\bart\.\s*\d+[\p{L}]*/gu, 'art. §');
  return [...withoutReferences.matchAll(POLISH_NUMBER)].map((m) => polishNumber(m[1]!, m[2]));
}

/** All (goal, year, value) tuples of the seed's measure cells, in the order of the source. */
export function seedTuples(text: string): SeedTuple[] {
  const records: string[][] = parse(text, {
    delimiter: '\t',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const tuples: SeedTuple[] = [];
  let goal: string | null = null;
  for (const record of records) {
    const first = (record[0] ?? '').trim();
    // A goal heading ("Cel 1. Aktywne i skuteczne …") starts a new table; its number is the goal id,
    // not a value.
    const heading = /^Cel\s+(\d+)\./.exec(first);
    if (heading) {
      goal = heading[1]!;
      continue;
    }
    // The column headings ("Mierniki 2017 - zakres realizowanego zadania") name the years, not values.
    if (first.startsWith('Działania planowane do realizacji')) continue;
    // Blank separator lines and any line without year cells.
    if (record.length <= 2) continue;
    if (goal === null) throw new Error(`wiersz tabeli przed nagłówkiem celu: ${record.join(' | ')}`);
    // The first two cells (action title such as "… oraz 9 Zespołów ds. działań lokalnych",
    // implementing units) hold no measure values; only the four year columns do.
    for (const [column, year] of YEAR_COLUMNS) {
      const cell = (record[column] ?? '').trim();
      for (const value of cellNumbers(cell)) tuples.push({ goal, year, value, cell });
    }
  }
  return tuples;
}
// --- parser end

interface ExportRow {
  programme: string;
  goal: string | null;
  indicator: string;
  year: number | null;
  kind: string;
  value: number | null;
  text: string;
}

const key = (goal: string | null, year: number | null, value: number | null) => `cel ${goal} | ${year} | ${value}`;

function multiset(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

describe('wierność programu Kraków 2017–2020 wobec źródła', () => {
  const tuples = seedTuples(readFileSync(SEED, 'utf8'));
  const rows = (JSON.parse(readFileSync(EXPORT, 'utf8')) as ExportRow[]).filter((r) => r.programme === PROGRAMME);
  const targets = rows.filter((r) => r.kind === 'target');

  it('parser źródła znajduje mierniki wszystkich pięciu celów i lat 2017–2020', () => {
    expect(new Set(tuples.map((t) => t.goal))).toEqual(new Set(['1', '2', '3', '4', '5']));
    expect(new Set(tuples.map((t) => t.year))).toEqual(new Set([2017, 2018, 2019, 2020]));
    // Zero is a value too ("Liczba konferencji prasowych – 0" in 2018 and 2019).
    expect(tuples.filter((t) => t.value === 0).map((t) => t.year)).toEqual([2018, 2019]);
    // The article number in "art. 12a – 2." is not a value.
    expect(tuples.some((t) => t.value === 12)).toBe(false);
    // Decimal commas: "23,5%", "1,5%".
    expect(tuples.some((t) => t.value === 23.5)).toBe(true);
  });

  it('eksport zawiera program', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('każda liczba ze źródła jest w eksporcie jako cel (target) tego celu i roku — tyle samo razy', () => {
    const expected = multiset(tuples.map((t) => key(t.goal, t.year, t.value)));
    const actual = multiset(targets.map((r) => key(r.goal, r.year, r.value)));
    const missing: string[] = [];
    for (const [k, n] of expected) {
      const got = actual.get(k) ?? 0;
      if (got < n) missing.push(`${k} (w źródle ${n}×, w eksporcie ${got}×)`);
    }
    expect(missing).toEqual([]);
  });

  it('eksport nie ma wartości docelowych spoza źródła', () => {
    const expected = multiset(tuples.map((t) => key(t.goal, t.year, t.value)));
    const actual = multiset(targets.map((r) => key(r.goal, r.year, r.value)));
    const extra: string[] = [];
    for (const [k, n] of actual) {
      const want = expected.get(k) ?? 0;
      if (n > want) extra.push(`${k} (w eksporcie ${n}×, w źródle ${want}×)`);
    }
    expect(extra).toEqual([]);
    expect(targets.length).toBe(tuples.length);
  });

  it('każda wartość docelowa ma rok i liczbę', () => {
    expect(targets.filter((r) => r.year === null || r.value === null).map((r) => r.indicator)).toEqual([]);
  });
});
