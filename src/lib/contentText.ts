// How a content file's bytes become text, for the checker and the build's loaders alike: strict
// UTF-8 (a Windows-1250 file is refused, never shown as mojibake), and characters an editor cannot
// see refused with their code point (a zero-width space, a bidi override that turns "592" into
// "295" on screen, control characters pasted from Word). Messages show values as short, visible
// excerpts, never a whole file.
import { clip } from './format.ts';

export interface TextProblem {
  line: number;
  col: number;
  message: string;
}

/** Bytes of Polish letters in Windows-1250 (ą ę ł ó ś ż ź ć ń and capitals): what such a file trips on. */
const CP1250_LETTERS = new Set([
  0xa5, 0xb9, 0x8c, 0x9c, 0x8f, 0x9f, 0xa3, 0xb3, 0xca, 0xea, 0xc6, 0xe6, 0xd1, 0xf1, 0xd3, 0xf3, 0xaf, 0xbf,
]);

export type Decoded = { ok: true; text: string } | { ok: false; problem: TextProblem };

/** The text of a content file without its byte-order mark, or why it is not UTF-8. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      ok: false,
      problem: {
        line: 1,
        col: 1,
        message: 'plik jest zapisany w UTF-16 — zapisz plik w UTF-8 (w Notatniku: Zapisz jako → Kodowanie: UTF-8)',
      },
    };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Where: the first replacement character of a lenient decoding.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n');
    const cp1250 = bytes.some((b) => CP1250_LETTERS.has(b)) ? ' (wygląda na Windows-1250: polskie litery w innym kodowaniu)' : '';
    return {
      ok: false,
      problem: {
        line: before.length,
        col: before.at(-1)!.length + 1,
        message: `plik nie jest zapisany w UTF-8${cp1250} — zapisz plik w UTF-8 (w Notatniku lub Wordzie: Zapisz jako → Kodowanie: UTF-8) i sprawdź polskie litery`,
      },
    };
  }
}

const NAMES: Record<number, string> = {
  0x00ad: 'miękki dywiz',
  0x061c: 'znak kierunku arabskiego',
  0x180e: 'separator samogłosek mongolskich',
  0x200b: 'spacja o zerowej szerokości',
  0x200c: 'rozdzielacz zerowej szerokości',
  0x200d: 'łącznik zerowej szerokości',
  0x200e: 'znak kierunku od lewej do prawej',
  0x200f: 'znak kierunku od prawej do lewej',
  0x2028: 'separator linii',
  0x2029: 'separator akapitu',
  0x202a: 'osadzenie od lewej do prawej',
  0x202b: 'osadzenie od prawej do lewej',
  0x202c: 'koniec osadzenia kierunku',
  0x202d: 'wymuszenie kierunku od lewej do prawej',
  0x202e: 'wymuszenie kierunku od prawej do lewej (odwraca kolejność znaków na ekranie)',
  0x2060: 'łącznik słów',
  0x2061: 'niewidoczny znak funkcji',
  0x2062: 'niewidoczny znak mnożenia',
  0x2063: 'niewidoczny separator',
  0x2064: 'niewidoczny plus',
  0x2066: 'izolacja od lewej do prawej',
  0x2067: 'izolacja od prawej do lewej',
  0x2068: 'izolacja kierunku',
  0x2069: 'koniec izolacji kierunku',
  0xfeff: 'znak BOM w środku tekstu',
  0xfffd: 'znak zastępczy „�” (ślad złego kodowania)',
};

/**
 * Characters refused anywhere in a content file: C0/C1 control characters (except tab, line
 * feed, carriage return), invisible formatting characters and bidirectional controls. No-break
 * spaces (U+00A0, U+202F) are allowed: Polish typography uses them in numbers and after "nr".
 */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const REFUSED = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/gu;

/** "U+200B", the way a refused character is shown in a message. */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const describeChar = (ch: string) => {
  const code = ch.codePointAt(0)!;
  const name = NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'znak sterujący' : 'niewidoczny znak');
  return `${codePoint(ch)} (${name})`;
};

/** Every refused character of a text (one problem a line, the first such character of it). */
export function characterProblems(text: string, firstLine = 1): TextProblem[] {
  const problems: TextProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((lineText, i) => {
    REFUSED.lastIndex = 0;
    const found = [...lineText.matchAll(REFUSED)];
    if (found.length === 0) return;
    const first = found[0]!;
    const kinds = [...new Set(found.map((m) => describeChar(m[0])))].join(', ');
    const fix =
      first[0] === '\uFFFD'
        ? 'zapisz plik w UTF-8 i wpisz brakujące litery na nowo'
        : 'usuń ten znak (najprościej: skasuj i wpisz na nowo sąsiednie znaki)';
    problems.push({
      line: firstLine + i,
      col: first.index! + 1,
      message: `niewidoczny lub sterujący znak ${kinds} w „${excerpt(lineText.slice(Math.max(0, first.index! - 20)), 40)}” — ${fix}`,
    });
  });
  return problems;
}

/** The text with every refused or otherwise invisible character written as `U+XXXX`. */
export const visible = (text: string): string => text.replace(REFUSED, (ch) => `‹${codePoint(ch)}›`).replace(/\t/g, '‹TAB›');

/** At most `max` characters of a value, visible and on one line, with "…" when cut. */
export function excerpt(text: string, max = 60): string {
  const one = visible(text).replace(/\r?\n/g, '↵');
  return clip(one, max, 'character');
}
