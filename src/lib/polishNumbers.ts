// Reads numbers as Polish documents print them — "1 250", "23,5%", "30 000 zł", "Liczba porad – 1200" —
// and refuses anything ambiguous ("1.5", "18-25", "ok. 20"): a wrong number published as a
// municipality's target is worse than a cell an editor has to type in by hand.

export type AmountUnit = 'count' | 'percent' | 'currency';

export interface Amount {
  value: number;
  unit: AmountUnit;
}

export interface Measure extends Amount {
  /** The words around the number ("Liczba porad"), as printed; '' for a bare number. */
  label: string;
  /** Whether the number came before the words ("850 powołanych grup") or after ("Liczba porad – 1200"). */
  numberFirst: boolean;
}

// Thousands are grouped with a space (also no-break or narrow no-break), or with dots when there
// are at least two groups ("12.667.680"); a single dot ("1.250", "1.5") could be either, so it is refused.
const SPACE = '[ \\u00a0\\u202f]';
const INTEGER = `\\d{1,3}(?:${SPACE}\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}|\\d+`;
/** A minus sign touches its digits ("-5", "−5"); a dash followed by a space is punctuation ("– 25"). */
const NUMBER = `[-\\u2212]?(?:${INTEGER})(?:,\\d+)?`;
const UNIT = `(?:${SPACE}?(%)|${SPACE}?(zł|złotych|PLN)(?!\\p{L}))?`;
const AMOUNT = `(${NUMBER})${UNIT}`;

const amountOnly = new RegExp(`^${AMOUNT}$`, 'u');
// "Liczba porad – 1200", "Policja – 70%", "Liczba porad: 1200". The label is greedy, so the last
// dash is the separator ("„Niebieskich Kart – D” - 450"); a dash without a space on either side
// ("18-25") is not a separator.
const labelThenAmount = new RegExp(`^(.*\\S)(?:\\s*[–—-]\\s+|\\s+[–—-]\\s*|\\s*:\\s*)${AMOUNT}$`, 'u');
// "850 powołanych grup roboczych", "4 Posiedzenia Zespołu": the words must start with a letter.
const amountThenLabel = new RegExp(`^${AMOUNT}\\s+(\\p{L}.*)$`, 'u');

/** "1 250" → 1250, "23,5" → 23.5, "-5" → -5; undefined unless the whole text is one number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!new RegExp(`^${NUMBER}$`, 'u').test(t)) return undefined;
  return toNumber(t);
}

function toNumber(digits: string): number {
  const plain = digits
    .replace(/\u2212/g, '-')
    .replace(/[ \u00a0\u202f]/g, '')
    .replace(/\.(?=\d{3})/g, '')
    .replace(',', '.');
  return Number(plain);
}

function unitOf(percent: string | undefined, currency: string | undefined): AmountUnit {
  if (percent) return 'percent';
  if (currency) return 'currency';
  return 'count';
}

/** Strips list bullets and closing punctuation: "- Policja – 70%;" → "Policja – 70%", "– 25" → "25". */
export function tidyCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—•]\s*(?=[^\d\s\u2212])/u, '') // a bullet before words: "-ochrona zdrowia", "- Policja"
    .replace(/^[–—]\s+(?=\d)/u, '') // a dash before a lone number is punctuation: "– 25"
    .replace(/^-\s+(?=\d)/u, '')
    .replace(/[\s.;,]+$/u, '');
}

/** "23,5%" → 23.5 percent, "30 000 zł" → 30000 currency, "– 25" → 25 count; undefined if not one amount. */
export function parseAmount(text: string): Amount | undefined {
  const m = amountOnly.exec(tidyCell(text));
  return m ? { value: toNumber(m[1]!), unit: unitOf(m[2], m[3]) } : undefined;
}

/** One measure with its words: "Liczba porad – 1 200", "850 powołanych grup roboczych;", "23,5%". */
export function parseMeasure(text: string): Measure | undefined {
  const t = tidyCell(text);
  let m = amountOnly.exec(t);
  if (m) return { label: '', value: toNumber(m[1]!), unit: unitOf(m[2], m[3]), numberFirst: true };
  m = labelThenAmount.exec(t);
  if (m) return { label: m[1]!.trim(), value: toNumber(m[2]!), unit: unitOf(m[3], m[4]), numberFirst: false };
  m = amountThenLabel.exec(t);
  if (m) return { label: m[4]!.trim(), value: toNumber(m[1]!), unit: unitOf(m[2], m[3]), numberFirst: true };
  return undefined;
}

/**
 * Splits a cell that states several measures ("20 szkoleń, 150 uczestników"; "… – 4; … – 36")
 * into parts. Commas split only before a number, so "1,5%" and "porad, w tym" stay whole.
 */
export function splitCompound(text: string): string[] {
  return text
    .split(/;|,\s+(?=[-\u2212]?\d)/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^[-–—.]+$/u.test(part));
}

/** True when a cell holds digits: a cell with none is wording ("Organizacja gali"), not an unreadable number. */
export const hasDigits = (text: string) => /\d/.test(text);
