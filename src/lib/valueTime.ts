// When a value (or a budget, or an action's schedule) holds, resolved against its programme's
// period: one year, a range as a whole, each year of a range, or no time given by the document.
// Pages, the export and the charts all read the time from here, so "2025–2027" never turns into
// "rocznie" in one place and "cały okres" in another.

/** The time fields as content writes them (src/schemas/common.ts `timeFields`). */
export interface TimeFields {
  year?: number;
  from?: number;
  to?: number;
  annual?: true;
}

export type ValueTime =
  | { kind: 'year'; year: number }
  /** The range as a whole ("w latach 2025–2027"). */
  | { kind: 'range'; from: number; to: number }
  /** Each year of the range ("rocznie", "w ujęciu rocznym"). */
  | { kind: 'annual'; from: number; to: number }
  /** The document gives no time. */
  | { kind: 'none' };

export interface Period {
  start: number;
  end: number;
}

/** The time of `v`; `annual: true` without from/to means each year of the programme's period. */
export function resolveTime(v: TimeFields, period: Period): ValueTime {
  if (v.year !== undefined) return { kind: 'year', year: v.year };
  if (v.annual) return { kind: 'annual', from: v.from ?? period.start, to: v.to ?? period.end };
  if (v.from !== undefined && v.to !== undefined) return { kind: 'range', from: v.from, to: v.to };
  return { kind: 'none' };
}

/** The first and last year a time covers (the export's periodStart/periodEnd); null for no time. */
export function timeSpan(t: ValueTime): { start: number | null; end: number | null } {
  if (t.kind === 'year') return { start: t.year, end: t.year };
  if (t.kind === 'none') return { start: null, end: null };
  return { start: t.from, end: t.to };
}

/** A stable key that tells times apart ("2024", "2025-2027", "co-roku-2024-2030", "bez-okresu"). */
export function timeKey(t: ValueTime): string {
  if (t.kind === 'year') return String(t.year);
  if (t.kind === 'range') return `${t.from}-${t.to}`;
  if (t.kind === 'annual') return `co-roku-${t.from}-${t.to}`;
  return 'bez-okresu';
}

/** Order for tables: single years first, by year; then ranges and yearly values by their start; undated last. */
export function compareTime(a: ValueTime, b: ValueTime): number {
  const rank = (t: ValueTime) => (t.kind === 'year' ? 0 : t.kind === 'range' ? 1 : t.kind === 'annual' ? 2 : 3);
  // No time sorts last by its rank already; its span counts as 0, not Infinity (Infinity − Infinity is NaN, not 0).
  const start = (t: ValueTime) => timeSpan(t).start ?? 0;
  const end = (t: ValueTime) => timeSpan(t).end ?? 0;
  return rank(a) - rank(b) || start(a) - start(b) || end(a) - end(b);
}

/** Whether every year the time covers is within the period (no time: true). */
export function withinPeriod(t: ValueTime, period: Period): boolean {
  const { start, end } = timeSpan(t);
  return start === null || end === null || (start >= period.start && end <= period.end);
}

/** The words for a time (from src/i18n); kept apart so this module stays free of UI text. */
export interface TimeWords {
  /** "w latach 2025–2027" */
  range: (span: string) => string;
  /** "rocznie w latach 2024–2030" */
  annual: (span: string) => string;
  /** "dokument nie podaje roku" */
  none: string;
}

/** "2024", "w latach 2025–2027", "rocznie w latach 2024–2030", or the words for no time. */
export function timeLabel(t: ValueTime, words: TimeWords): string {
  if (t.kind === 'year') return String(t.year);
  if (t.kind === 'none') return words.none;
  const span = `${t.from}–${t.to}`;
  return t.kind === 'range' ? words.range(span) : words.annual(span);
}

/** The distinct years the document names in a wording ("III kwartał 2013" → [2013], "2024–2030" → [2024, 2030]). */
export function yearsInText(text: string): number[] {
  const years = [...text.matchAll(/(?<![\d.,])(?:19[89]\d|20\d\d|2100)(?!\d|[.,]\d)/g)].map((m) => Number(m[0]));
  return [...new Set(years)];
}

/**
 * A wording of time ("Termin realizacji") as the document gives it, with the years added in words
 * only where the wording does not name them: "corocznie" → "corocznie (w latach 2011–2020)";
 * "III kwartał 2013" with year 2013 stays as it is; a wording without a time stays as it is.
 */
export function withYearsSaid(text: string, time: ValueTime, words: TimeWords): string {
  if (time.kind === 'none') return text;
  const years = yearsInText(text);
  const said = time.kind === 'year' ? years.includes(time.year) : years.includes(time.from) && years.includes(time.to);
  if (said) return text;
  return `${text} (${time.kind === 'annual' ? words.range(`${time.from}–${time.to}`) : timeLabel(time, words)})`;
}
