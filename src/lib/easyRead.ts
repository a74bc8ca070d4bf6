// Mechanical rules for easy-to-read text (tekst łatwy do czytania, ETR): what a program can see of
// the European Easy-to-Read standards ("Informacja dla wszystkich", Inclusion Europe). Used by the
// content check (every content/**/easy-read.yaml, errors with file:line), by the pages' own
// strings (tests/unit/easy-read.test.ts) and by the built-site test (the page text of /latwy-tekst/).
// A text that passes is not yet easy to read: only a reader from the audience can confirm that.
//
// The rules, each with its reason in the standard:
// - one sentence per line (`one-sentence`): "start every sentence on a new line", one idea each;
// - at most MAX_SENTENCE_WORDS words (`too-long`): "keep sentences short";
// - no parentheses (`parentheses`) and no semicolons (`semicolon`): say the extra idea in its own sentence;
// - no abbreviation (`abbreviation`): capitals such as „MOPS” only when the file explains them in
//   `words`; dotted short forms („np.”, „ds.”, „r.”) and the glossary's entries never;
// - digits, not number words (`number-word`): „3 cele”, not „trzy cele”;
// - no percentages (`percent`) and no big numbers (`big-number`: 1 000 and over, except a year
//   1900–2100 written as 4 digits and a phone number after „numer” or „telefon”; the words „tysiąc”, „milion”);
// - headings are questions (`heading-question`): "use questions as titles".

/** The longest sentence allowed, in words. The standards ask for short sentences; 15 leaves room for a name. */
export const MAX_SENTENCE_WORDS = 15;

export type EasyReadRule =
  | 'one-sentence'
  | 'too-long'
  | 'parentheses'
  | 'semicolon'
  | 'abbreviation'
  | 'number-word'
  | 'percent'
  | 'big-number'
  | 'heading-question';

export interface EasyReadProblem {
  rule: EasyReadRule;
  message: string;
}

export interface EasyReadOptions {
  /** Words the text explains (its `words` list): abbreviations among them are allowed. */
  explained?: readonly string[];
  /** Abbreviations of content/glossary.yaml: never allowed unless explained. */
  glossary?: readonly string[];
}

/** Dotted short forms and unit symbols common in Polish official text. Each is refused. */
export const SHORT_FORMS = [
  'np.',
  'm.in.',
  'tj.',
  'tzw.',
  'tzn.',
  'itd.',
  'itp.',
  'ok.',
  'ds.',
  'r.',
  'ul.',
  'tel.',
  'nr',
  'pkt',
  'ust.',
  'art.',
  'zł',
  'godz.',
  'wg',
  'ww.',
  'lit.',
  'poz.',
  'tys.',
  'mln',
  'mld',
] as const;

/** Cardinal numbers written as words, in the forms a sentence uses ("trzy", "trzech", "trzema"). */
const NUMBER_WORDS = [
  'dwa',
  'dwie',
  'dwóch',
  'dwoma',
  'dwu',
  'trzy',
  'trzech',
  'trzema',
  'cztery',
  'czterech',
  'czterema',
  'pięć',
  'pięciu',
  'sześć',
  'sześciu',
  'siedem',
  'siedmiu',
  'osiem',
  'ośmiu',
  'dziewięć',
  'dziewięciu',
  'dziesięć',
  'dziesięciu',
  'jedenaście',
  'dwanaście',
  'piętnaście',
  'dwadzieścia',
  'trzydzieści',
  'czterdzieści',
  'pięćdziesiąt',
  'sto',
];
const BIG_WORDS = /(?<![\p{L}])(tysiąc\p{L}*|tysięc\p{L}*|tysiąc|milion\p{L}*|miliard\p{L}*)(?![\p{L}])/iu;

const quote = (s: string) => `„${s}”`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a text: runs of letters or digits (a year range „2024–2030” is one word, a dash none). */
export const words = (text: string): string[] =>
  text
    .split(/\s+/u)
    .map((w) => w.trim())
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * The sentences of a text: split after „.”, „?”, „!” or „…” followed by a space and a capital
 * letter or a digit. Short forms are refused by their own rule, so they need no exception here.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .split(/(?<=[.?!…][”"»]?)\s+(?=[\p{Lu}\p{N}„])/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Sentences over the limit, with their length. */
export const longSentences = (text: string, max = MAX_SENTENCE_WORDS) =>
  sentences(text)
    .map((s) => ({ sentence: s, words: words(s).length }))
    .filter((s) => s.words > max);

const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Problems of one sentence-line of easy-to-read text (a paragraph or a list item). */
export function textProblems(text: string, options: EasyReadOptions = {}): EasyReadProblem[] {
  const out: EasyReadProblem[] = [];
  const explained = new Set(options.explained ?? []);
  const found = sentences(text);
  if (found.length > 1)
    out.push({
      rule: 'one-sentence',
      message: `${found.length} zdania w jednej linii: każde zdanie wpisz w osobnej linii listy (jedna myśl w jednym zdaniu)`,
    });
  for (const { sentence, words: n } of longSentences(text))
    out.push({
      rule: 'too-long',
      message: `zdanie ma ${n} słów, a może mieć najwyżej ${MAX_SENTENCE_WORDS}: ${quote(excerpt(sentence))} — podziel je na krótsze zdania`,
    });
  if (/[()[\]]/.test(text))
    out.push({ rule: 'parentheses', message: 'nawias w tekście łatwym do czytania: to, co jest w nawiasie, napisz w osobnym zdaniu' });
  if (text.includes(';')) out.push({ rule: 'semicolon', message: 'średnik łączy dwie myśli: napisz dwa osobne zdania' });
  if (/%|(?<!\p{L})procent/iu.test(text))
    out.push({ rule: 'percent', message: 'procenty są trudne: napisz słowami, co znaczą, np. „co druga rodzina”, albo je pomiń' });
  if (BIG_WORDS.test(text))
    out.push({ rule: 'big-number', message: 'duże liczby są trudne: napisz, co znaczą, np. „dużo pieniędzy”, albo je pomiń' });
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\d{1,3}(?:[ \u00a0]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N},.])\d{4,}(?![\p{N}])/gu)) {
    const n = Number(m[0].replace(/\D/g, ''));
    const year = /^\d{4}$/.test(m[0]) && n >= 1900 && n <= 2100;
    // A phone number is no quantity: „zadzwoń pod numer 800 120 002”.
    const phone = /(?:numer|telefon)\p{L}*:?\s+$/iu.test(text.slice(0, m.index));
    if (!year && !phone && n >= 1000)
      out.push({ rule: 'big-number', message: `duża liczba ${quote(m[0])} jest trudna: napisz, co znaczy, np. „dużo”, albo ją pomiń` });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)(?![\p{L}\p{N}])/gu)) {
    const w = m[1]!.toLocaleLowerCase('pl');
    if (NUMBER_WORDS.includes(w)) out.push({ rule: 'number-word', message: `liczbę ${quote(m[1]!)} napisz cyfrą, nie słowem` });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*)(?![\p{L}\p{N}])/gu)) {
    if (!explained.has(m[1]!))
      out.push({
        rule: 'abbreviation',
        message: `skrót ${quote(m[1]!)} bez wyjaśnienia: napisz pełne słowa albo wyjaśnij skrót w liście words`,
      });
  }
  const forms = [...SHORT_FORMS, ...(options.glossary ?? []).filter((g) => !/^[\p{Lu}\p{N}]+$/u.test(g))];
  for (const form of forms) {
    if (explained.has(form)) continue;
    const dotted = form.endsWith('.');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}${dotted ? '' : '(?![\\p{L}\\p{N}])'}`, 'giu');
    for (const m of text.matchAll(re)) out.push({ rule: 'abbreviation', message: `skrót ${quote(m[0])}: napisz pełne słowa` });
  }
  return out;
}

/** Problems of a heading: every rule of a sentence, and it is a question. */
export function headingProblems(heading: string, options: EasyReadOptions = {}): EasyReadProblem[] {
  const out = textProblems(heading, options);
  if (!heading.trim().endsWith('?'))
    out.push({ rule: 'heading-question', message: `nagłówek ${quote(excerpt(heading))} nie jest pytaniem: zakończ go znakiem „?”` });
  return out;
}
