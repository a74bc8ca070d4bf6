// The header row of a table copied from a programme document: each cell is mapped to a role by its
// name ("Termin realizacji" → schedule), whatever its case, diacritics, line breaks or spacing
// around "/" and "-". COLUMN_NAMES is the one list of names the importer knows: the docs page
// (docs/import-tabeli.md) lists it, and a test checks the two agree.
import type { TimeFields } from '../../src/lib/valueTime.ts';
import { fold } from '../../src/lib/text.ts';
import { readTime } from './time.ts';

export type ColumnRole = 'lp' | 'goal' | 'action' | 'implementer' | 'schedule' | 'indicator' | 'target' | 'funding' | 'budget';

/** Every column name the importer reads, by role, as documents print them. */
export const COLUMN_NAMES: Record<ColumnRole, readonly string[]> = {
  lp: ['Lp.', 'L.p.'],
  goal: ['Cel', 'Cel szczegółowy'],
  action: ['Zadanie', 'Zadania', 'Działanie', 'Działania', 'Działania planowane do realizacji', 'Forma realizacji', 'Formy realizacji'],
  implementer: [
    'Realizator',
    'Realizatorzy',
    'Komórka/jednostka realizująca',
    'Komórka/jednostka odpowiedzialna za realizację',
    'Jednostka',
    'Jednostka realizująca',
    'Podmiot odpowiedzialny',
    'Podmioty odpowiedzialne',
  ],
  schedule: ['Termin realizacji', 'Termin'],
  indicator: ['Wskaźnik', 'Wskaźniki', 'Miernik', 'Mierniki', 'Nazwa wskaźnika', 'Wskaźnik realizacji', 'Wskaźniki realizacji'],
  target: ['Wartość docelowa', 'Mierniki – zakres realizowanego zadania'],
  funding: ['Źródło finansowania', 'Źródła finansowania'],
  budget: ['Koszt', 'Budżet', 'Planowana wysokość środków na realizację działania'],
};

/** What each role becomes in the goal file, in the editor's words (the docs table and error messages). */
export const ROLE_WORDS: Record<ColumnRole, string> = {
  lp: 'numer wiersza; numer z kropką w środku („1.2”) zostaje identyfikatorem zadania lub działania',
  goal: 'cel: osobny cel dla każdej innej wartości',
  action: 'działanie (`title`); dwie takie kolumny: pierwsza to zadanie, druga — działanie',
  implementer: 'realizatorzy (`implementers`)',
  schedule: 'termin realizacji (`schedule`)',
  indicator: 'nazwa miernika (`label`)',
  target: 'wartość docelowa miernika; rok, lata albo „rocznie” bierze z nagłówka, jeśli je podaje',
  funding: 'źródło finansowania (`funding`)',
  budget: 'kwota w budżecie działania (`budget`); komórka bez liczby trafia do `funding`',
};

/** "Komórka / jednostka\nrealizująca:" → "komorka/jednostka realizujaca". */
export function normaliseHeader(text: string): string {
  return fold(text)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[\s.:]+$/, '')
    .trim();
}

const ROLE_OF = new Map<string, ColumnRole>(
  (Object.entries(COLUMN_NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((n) => [normaliseHeader(n), role] as const),
  ),
);

/** The role of a header name without its years, or undefined when the importer does not know it. */
export const roleOf = (name: string): ColumnRole | undefined => ROLE_OF.get(normaliseHeader(name));

/** The names the importer knows, for the message about an unknown column. */
export const knownNames = () =>
  `${Object.values(COLUMN_NAMES)
    .flat()
    .map((n) => `„${n}”`)
    .join(', ')}, a także kolumny z rokiem w nagłówku („2024”, „Mierniki 2018 – zakres realizowanego zadania”, „Koszt 2025”, „2025–2027”)`;

export interface Column {
  /** `task` is the first of two action columns ("Zadanie" | "Forma realizacji"). */
  role: ColumnRole | 'task';
  /** The years the header gives its values (target and budget columns only). */
  time: TimeFields;
  header: string;
}

export interface HeaderProblem {
  index: number;
  message: string;
}

/** Roles that may have several columns; the others have one each (two for action: task and action). */
const MANY: ColumnRole[] = ['implementer', 'target', 'budget', 'funding'];

/** Maps each cell of a header row to its column; empty cells give no column. */
export function readHeader(cells: string[]): { columns: (Column | undefined)[]; problems: HeaderProblem[] } {
  const problems: HeaderProblem[] = [];
  const columns = cells.map((raw, index): Column | undefined => {
    const header = raw.replace(/\s+/g, ' ').trim();
    if (header === '') return undefined;
    const { time, rest, problem } = readTime(header, 'header');
    if (problem) {
      problems.push({ index, message: `w nagłówku kolumny „${header}” ${problem}` });
      return undefined;
    }
    const dated = Object.keys(time).length > 0;
    const named = rest === '' ? 'target' : roleOf(rest);
    if (!named) {
      problems.push({
        index,
        message: `nieznana kolumna „${header}”. Importer zna kolumny: ${knownNames()}. Zmień nagłówek na jedną z tych nazw albo usuń kolumnę`,
      });
      return undefined;
    }
    // "Mierniki 2024": the measures of 2024, i.e. the targets for that year.
    const role = dated && named === 'indicator' ? 'target' : named;
    if (dated && role !== 'target' && role !== 'budget') {
      problems.push({
        index,
        message: `kolumna „${header}” podaje rok, a lata importer czyta tylko w kolumnach wartości docelowych i kosztów`,
      });
      return undefined;
    }
    return { role, time, header };
  });
  const byRole = new Map<ColumnRole, number[]>();
  columns.forEach((c, i) => c && byRole.set(c.role as ColumnRole, [...(byRole.get(c.role as ColumnRole) ?? []), i]));
  for (const [role, at] of byRole) {
    const allowed = MANY.includes(role) ? Infinity : role === 'action' ? 2 : 1;
    for (const i of at.slice(allowed))
      problems.push({
        index: i,
        message: `druga kolumna tego samego rodzaju co „${columns[at[0]!]!.header}” (${ROLE_WORDS[role]}): importer nie wie, którą czytać — usuń jedną`,
      });
  }
  const actions = byRole.get('action') ?? [];
  if (actions.length === 2) columns[actions[0]!]!.role = 'task';
  const needAction = columns.findIndex((c) => c && !['lp', 'goal', 'action'].includes(c.role));
  if (needAction >= 0 && actions.length === 0)
    problems.push({
      index: needAction,
      message: `tabela nie ma kolumny z działaniem (${COLUMN_NAMES.action.map((n) => `„${n}”`).join(', ')}), a kolumna „${columns[needAction]!.header}” należy do działania`,
    });
  return { columns, problems };
}

/** Whether a row is a header: every filled cell is a column name the importer knows. */
export function isHeader(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length > 0 && readHeader(cells).problems.length === 0;
}

/** The table of known column names for docs/import-tabeli.md (a test keeps the page equal to it). */
export function columnNamesTable(): string {
  const rows = (Object.entries(COLUMN_NAMES) as [ColumnRole, readonly string[]][]).map(
    ([role, names]) => `| ${names.map((n) => `„${n}”`).join(', ')} | ${ROLE_WORDS[role]} |`,
  );
  return ['| Nagłówek kolumny | Co z niej powstaje |', '| --- | --- |', ...rows].join('\n');
}
