// Which numbers a value's wording (`text`) states, so that the checker can tell whether `value`
// says the same: "2 506" is 2506 (never 2.506), "810 wszczętych procedur" is 810, "736 milionów"
// is 736 000 000. Numbers are read the way src/lib/polishNumbers.ts reads them (thousands grouped
// with spaces or with two or more dots, decimal comma); a text may state several numbers (a year,
// a range, "10 spotkań dla 250 uczniów"), and `value` has to be one of them.
import { parseMeasure, parseNumber } from '../../src/lib/polishNumbers.ts';

const SPACE = '[ \\u00a0\\u202f]';
const MULTIPLIER = `(?:${SPACE}?(tys\\.?|tysiąc[aey]?|tysięcy|mln|milion(?:y|ów|a)?|mld|miliard(?:y|ów|a)?)(?!\\p{L}))?`;
// A minus counts only when it does not follow a digit: "2018-2022" is a range, "-0,46" a negative number.
const NUMBER = new RegExp(
  `(?<![\\p{L}\\d])((?<![\\d\\u2212-])[-\\u2212](?=\\d))?(\\d{1,3}(?:${SPACE}\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}|\\d+)(?![\\d])(,\\d+)?${MULTIPLIER}`,
  'gu',
);

const factor = (word: string | undefined) => (!word ? 1 : /^(tys|tysi)/u.test(word) ? 1e3 : /^(mln|milion)/u.test(word) ? 1e6 : 1e9);

/** Two numbers are the same when they differ by less than rounding noise (0.1 + 0.2). */
export const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Every reading of the numbers in `text`: "1 250" gives 1250 (and, since "1 250" could also be two
 * numbers in a list, 1 and 250); "1,5 tys." gives 1500 and 1.5. Empty when the text has no digits.
 */
export function numbersIn(text: string): number[] {
  const found = new Set<number>();
  const whole = parseMeasure(text);
  if (whole) found.add(whole.value);
  for (const m of text.matchAll(NUMBER)) {
    const sign = m[1] ? -1 : 1;
    const digits = `${m[2]!}${m[3] ?? ''}`;
    const read = parseNumber(digits);
    if (read === undefined) continue;
    found.add(sign * read);
    found.add(sign * read * factor(m[4]));
    // "10 250" in a list may be 10 and 250: each group alone is a reading too.
    if (/[ \u00a0\u202f]/u.test(m[2]!)) for (const part of m[2]!.split(/[ \u00a0\u202f]/u)) found.add(Number(part));
  }
  return [...found];
}

/** The number a text most plainly states, for messages: the whole text as one amount, else its first number. */
export function plainReading(text: string): number | undefined {
  const whole = parseMeasure(text);
  if (whole) return whole.value;
  NUMBER.lastIndex = 0;
  const first = NUMBER.exec(text);
  NUMBER.lastIndex = 0;
  if (!first) return undefined;
  const read = parseNumber(`${first[2]!}${first[3] ?? ''}`);
  return read === undefined ? undefined : (first[1] ? -1 : 1) * read * factor(first[4]);
}
