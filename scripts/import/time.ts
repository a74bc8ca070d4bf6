// Years in a table: in a column header ("Mierniki 2018", "2025–2027", "Wartość docelowa (rocznie)"),
// in a value cell when it says them outright ("120 osób w 2030 r.", "na lata 2025–2027") and in a
// "Termin realizacji" cell. Only what is printed is read: no year is taken from the programme period.
import type { Schedule } from '../../src/schemas/goal.ts';
import { yearsInText, type TimeFields } from '../../src/lib/valueTime.ts';

const Y = '(?:19[89]\\d|20\\d\\d)';
const SEP = '\\s*(?:[-–—]|do)\\s*';
const UNTIL = `(?:${SEP}(${Y}))?(?!\\d)(?:\\s*r\\.?(?!\\p{L})|\\s+roku(?!\\p{L}))?`;
/** In a header any year counts, with the words around it: "na rok 2024", "w latach 2025–2027", "(2024)". */
const HEADER_TIME = new RegExp(`\\(?\\s*(?:(?:na|w)\\s+(?:rok|roku|lata|latach)\\s+|rok\\s+|od\\s+)?(?<!\\d)(${Y})${UNTIL}\\s*\\)?`, 'giu');
/** In a value cell only a year said as one: "(2030)", "w 2030 r.", "w roku 2030", "na lata 2025–2027". */
const CELL_TIME = new RegExp(
  `\\((${Y})(?:${SEP}(${Y}))?\\)|(?<!\\p{L})(?:(?:na|w)\\s+(?:rok|roku|lata|latach)|w)\\s+(${Y})${UNTIL}`,
  'giu',
);
const ANNUAL_WORDS = '(?<!\\p{L})(?:co\\s*rocznie|co\\s+roku|rocznie|każdego\\s+roku|w\\s+skali\\s+roku|w\\s+ujęciu\\s+rocznym)(?!\\p{L})';
const ANNUAL = new RegExp(`\\(?\\s*${ANNUAL_WORDS}\\s*\\)?`, 'giu');
const RANGE = new RegExp(`(?<!\\d)(${Y})${SEP}(${Y})(?!\\d)`, 'u');

export interface ReadTime {
  time: TimeFields;
  /** The text without the words that gave the time ("Mierniki - zakres realizowanego zadania"). */
  rest: string;
  problem?: string;
}

const tidy = (s: string) =>
  s
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—,:;/\s]+|[-–—,:;/\s]+$/gu, '')
    .trim();

/** The time a header or a value cell states, and the text without it. */
export function readTime(text: string, where: 'header' | 'cell'): ReadTime {
  let annual = false;
  const found: [number, number | undefined][] = [];
  let rest = text.replace(ANNUAL, () => {
    annual = true;
    return ' ';
  });
  rest = rest.replace(where === 'header' ? HEADER_TIME : CELL_TIME, (...m: (string | undefined)[]) => {
    const [a, b] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
    found.push([Number(a), b === undefined ? undefined : Number(b)]);
    return ' ';
  });
  rest = tidy(rest);
  const fail = (problem: string): ReadTime => ({ time: {}, rest, problem });
  if (found.length > 1) return fail('podaje kilka lat — oczekiwano jednego roku („2024”), lat od–do („2024–2030”) albo „rocznie”');
  const [range] = found;
  if (!range) return { time: annual ? { annual: true } : {}, rest };
  const [from, to] = range;
  if (to === undefined || to === from)
    return annual
      ? fail(`łączy „rocznie” z jednym rokiem (${from}) — podaj lata od–do albo usuń jedno z nich`)
      : { time: { year: from }, rest };
  if (to < from) return fail(`podaje lata ${from}–${to}: rok końcowy jest wcześniejszy niż początkowy`);
  return { time: { from, to, ...(annual ? { annual: true as const } : {}) }, rest };
}

/**
 * "Termin realizacji" as printed, with the years where the wording says them unambiguously:
 * "III kwartał 2013" → year; "2024–2030" → from/to; "corocznie" → annual; "na bieżąco" → text only.
 */
export function readSchedule(cell: string): { schedule?: Schedule; problem?: string } {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '' || /^[-–—]+$/u.test(text)) return {};
  const years = yearsInText(text);
  const range = RANGE.exec(text);
  const span =
    range && years.length === 2 && Number(range[1]) < Number(range[2]) ? { from: Number(range[1]), to: Number(range[2]) } : undefined;
  if (new RegExp(ANNUAL_WORDS, 'iu').test(text)) return { schedule: { text, ...span, annual: true } };
  if (years.length === 0) return { schedule: { text } };
  if (years.length === 1) return { schedule: { text, year: years[0]! } };
  if (span) return { schedule: { text, ...span } };
  return {
    problem: `nie można jednoznacznie odczytać lat z terminu „${text}” (oczekiwano np. „2024”, „III kwartał 2024”, „2024–2030”, „corocznie”, „na bieżąco”)`,
  };
}
