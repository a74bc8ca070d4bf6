// Polish number formatting: "1 200", "23,5%", "30 000 zł". Groups of thousands are separated by a
// plain space (pages keep numbers on one line with CSS), so copied figures read as printed.
import type { Unit } from '../schemas/indicator.ts';

// Formatters are made on first use: client scripts import this module (the explorer's needs it only once a reader filters).
let numberFormat: Intl.NumberFormat | undefined;

/** 1200 → "1 200", 23.5 → "23,5", -0.46 → "-0,46". */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat('pl-PL', { useGrouping: 'always', maximumFractionDigits: 2 });
  return numberFormat.format(value).replace(/[\u00a0\u202f]/g, ' ').replace('\u2212', '-');
}

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

/** The part of a URL for a goal id: "I" → "i", "1" → "1". */
export const goalSlug = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Text cut to at most `max` characters at a word boundary, with "…" — for <title>s of long official wordings. */
export function clip(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
