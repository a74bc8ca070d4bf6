// Polish formatting of what pages print: numbers "1 200", "23,5%", "30 000 zł" (groups of thousands
// separated by a no-break space U+00A0, as Intl gives it, so "3 600" never breaks across lines),
// plural forms, periods, dates, file sizes, and long text clipped. Exports (CSV/JSON/XLSX) never
// use these: they keep plain numbers, and quoted texts exactly as the source documents wrote them.
import type { Unit } from '../schemas/indicator.ts';

// Formatters are made on first use: client scripts import this module (the explorer's needs it only once a reader filters).
let numberFormat: Intl.NumberFormat | undefined;

/** 1200 → "1 200" (a no-break space), 23.5 → "23,5", -0.46 → "-0,46". */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('pl-PL', { useGrouping: 'always', maximumFractionDigits: 2 });
  return numberFormat
    .format(value)
    .replace(/\u202f/g, NBSP)
    .replace('\u2212', '-');
}

/** 1200 → "1 200" with a plain space: for text written into content files (YAML), as documents print it. */
export const formatNumberPlain = (value: number) => formatNumber(value).replaceAll(NBSP, ' ');

const NBSP = '\u00a0';
// A space between digits followed by a group of exactly three digits: "3 600", "12 345 678", "800 120 002".
const GROUP_SPACE = /(?<=\d) (?=\d{3}(?!\d))/g;

/**
 * Text to print with each thousands separator (and the spaces inside a phone number) made a no-break
 * space, so "3 600 spotkań" or "800 120 002" never breaks across lines. Years in a row ("2017 2018")
 * and other words are left as they are. For page text only — never for exports or tel: links.
 */
export const keepNumbersTogether = (text: string) => text.replace(GROUP_SPACE, NBSP);

let pluralRules: Intl.PluralRules | undefined;

/** "1 program", "3 programy", "5 programów": a whole count with its Polish form. */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const rule = (pluralRules ??= new Intl.PluralRules('pl-PL')).select(count);
  const form = rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many;
  return `${formatNumber(count)} ${form}`;
}

/** A value with its unit: count "1 200", percent "23,5%", currency "30 000 zł"; text units show the wording. */
export function formatValue(value: number | undefined, unit: Unit, text = ''): string {
  if (value === undefined || unit === 'text') return text;
  const n = formatNumber(value);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'currency') return `${n} zł`;
  return n;
}

/** "2024–2030". */
export const formatPeriod = (start: number, end: number) => (start === end ? String(start) : `${start}–${end}`);

/**
 * Text cut to at most `max` characters, with "…". At a word boundary by default (for <title>s of
 * long official wordings), trailing punctuation dropped; `at: 'character'` cuts exactly at
 * `max - 1` characters (for quoting a value in a message).
 */
export function clip(text: string, max = 60, at: 'word' | 'character' = 'word'): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  if (at === 'character') return `${cut}…`;
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** "2025-01-12" → "12 stycznia 2025". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "850 B", "12,3 kB", "1,2 MB" (decimal units, Polish format). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 100) / 10)} kB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}
