// The Polish phrases of chart headings and summaries, computed from the numbers: a value with its
// unit, a change ("wzrost o 50"), trends across lines, and the names of lines and categories.
import type { ChartUnit } from './spec.ts';
import { shorten } from './style.ts';
import { formatNumber, formatValue } from '../format.ts';
import { t } from '../../i18n/pl.ts';

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Razem …" → "razem …", for a phrase that follows the town; a word in capitals stays. */
export const uncapitalise = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
/** Clauses joined into one sentence, with one full stop even after "pkt proc.". */
export const sentence = (clauses: readonly string[]) => {
  const text = clauses.join('; ');
  return text.endsWith('.') ? text : `${text}.`;
};
/** Removes float noise (66.79 → 75 is 8.21, not 8.210000000000008). */
export const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** A value as the summary says it: "880 procedur", "69%", "30 000 zł". */
export function showValue(value: number, unit: ChartUnit, unitLabel?: string): string {
  const shown = formatValue(value, unit);
  return unit === 'count' && unitLabel ? `${shown} ${unitLabel}` : shown;
}

/** The difference of two values: "wzrost o 50", "spadek o 1,5 pkt proc.", "bez zmian". */
export function changeText(first: number, last: number, unit: ChartUnit): string {
  const d = tidy(last - first);
  if (d === 0) return t.chart.noChange;
  const size = unit === 'percent' ? `${formatNumber(Math.abs(d))} ${t.chart.percentPoints}` : formatValue(Math.abs(d), unit);
  return d > 0 ? t.chart.rise(size) : t.chart.fall(size);
}

/** "spadek z 880 do 830", "wzrost z 0,5% do 2%", "stały poziom 4". */
export function fromToText(first: number, last: number, unit: ChartUnit): string {
  const d = tidy(last - first);
  const [a, b] = [formatValue(first, unit), formatValue(last, unit)];
  return d === 0 ? t.chart.sameValue(a) : d > 0 ? t.chart.riseFromTo(a, b) : t.chart.fallFromTo(a, b);
}

export type Direction = 'rise' | 'fall' | 'same';
export const direction = (first: number, last: number): Direction => {
  const d = tidy(last - first);
  return d > 0 ? 'rise' : d < 0 ? 'fall' : 'same';
};

/** "wzrost w 2 miernikach, spadek w 1, bez zmian w 3" (only the first part names the noun). */
export function trendCounts(directions: readonly Direction[], noun: (n: number) => string = t.chart.inMeasures): string {
  const parts: string[] = [];
  for (const [dir, say] of [
    ['rise', t.chart.trendRise],
    ['fall', t.chart.trendFall],
    ['same', t.chart.trendSame],
  ] as const) {
    const n = directions.filter((d) => d === dir).length;
    if (n > 0) parts.push(say(parts.length === 0 ? noun(n) : t.chart.inN(n)));
  }
  return parts.join(', ');
}

/**
 * What the labels of several lines share up to a separator, and what is left of each:
 * "Udział …: Policja", "Udział …: oświata" → lead "Udział …", names "Policja", "oświata".
 */
export function commonLead(labels: readonly string[]): { lead?: string; names: string[] } {
  if (labels.length < 2) return { names: [...labels] };
  let prefix = labels[0]!;
  for (const l of labels) while (!l.startsWith(prefix)) prefix = prefix.slice(0, -1);
  let cut = -1;
  let end = -1;
  for (const m of prefix.matchAll(/(?::|,|\s[—–-])\s/g)) {
    cut = m.index;
    end = m.index + m[0].length;
  }
  const names = labels.map((l) => l.slice(end).trim());
  if (cut < 8 || names.some((n) => !n)) return { names: [...labels] };
  // The lead continues a sentence: "Cele — udział we …", unless it starts with an abbreviation.
  const lead = prefix.slice(0, cut).trim();
  return { lead: /^.\p{Ll}/u.test(lead) ? lead[0]!.toLowerCase() + lead.slice(1) : lead, names };
}

/** Legend names short enough to read and still different from one another. */
export function legendNames(names: readonly string[], max = 36): string[] {
  for (let m = max; ; m += 12) {
    const short = names.map((n) => shorten(n, m));
    if (new Set(short).size === short.length || m > 120) return short;
  }
}

/** Short names of measures, without what they share: "Policja, oświata". */
export const measureNames = (labels: readonly string[]) => legendNames(commonLead(labels).names, 40);
