// Reads a table copied from a programme document into goals → (tasks →) actions → measures.
// The header row says what each column is (headers.ts); rows are read top to bottom:
// - "Cel N. …" alone in the first cell, or a new value in the "Cel" column, starts a goal;
// - a new value in the action column starts an action; an empty one continues the previous action
//   (more measures, more implementers); with two action columns the first holds tasks;
// - with one action column, numbering builds the tasks: a row numbered "1.2" (or "1.") with rows
//   under it ("a) …", "- …", "1.2.1 …", or without a number) is a task and those rows its actions.
// Pure: text in, goals and problems out.
import { parse as parseCsv } from 'csv-parse/sync';
import { goalSlug } from '../../src/lib/urls.ts';
import type { BudgetLine } from '../../src/schemas/budget.ts';
import type { Implementer, Schedule } from '../../src/schemas/goal.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { PLACEHOLDER } from '../check/warnings.ts';
import {
  budgetOf,
  goalOf,
  implementersOf,
  isEmpty,
  lpPrefix,
  namedMeasuresOf,
  measuresOf,
  printedId,
  splitPrefix,
  type Institution,
  type Prefix,
  type Slot,
} from './cells.ts';
import { isHeader, normaliseHeader, readHeader, type Column, type ColumnRole } from './headers.ts';
import { readSchedule } from './time.ts';

export interface ImportProblem {
  line: number;
  col: number;
  cell: string;
  message: string;
}

/** What the importer knows about the programme the table belongs to (all optional). */
export interface ProgrammeContext {
  /** Institutions of the programme's municipality, to turn names into references. */
  institutions?: Institution[];
  /** Indicator ids already used by other goals of the programme. */
  usedIds?: Set<string>;
}

export interface ImportedAction {
  /** Only a number printed with its parts ("1.2.1"). */
  id?: string;
  title: string;
  implementers: Implementer[];
  indicators: Indicator[];
  budget?: BudgetLine[];
  schedule?: Schedule;
  funding?: string;
}

export interface ImportedTask {
  /** Only a number printed with its parts ("1.2"). */
  id?: string;
  title: string;
  actions: ImportedAction[];
}

export interface ImportedGoal {
  id: string;
  title: string;
  /** Actions directly under the goal. */
  actions: ImportedAction[];
  tasks?: ImportedTask[];
  /** The document prints no number for the goal: its id is its position in the table. */
  idByPosition?: boolean;
}

interface Row {
  cells: string[];
  line: number;
}

/** Rows of the table with the line each starts on; csv-parse reads the tabs and any quoted cells. */
function readRows(text: string): { rows: Row[]; problems: ImportProblem[] } {
  try {
    const records = parseCsv(text, {
      delimiter: '\t',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      raw: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
      raw: string;
    }[];
    const rows = records.map(({ record, info, raw }) => {
      // info.lines is the record's last line; a quoted cell may span several.
      const inner = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
      return { cells: record, line: info.lines - (inner.split('\n').length - 1) };
    });
    return { rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')), problems: [] };
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { rows: [], problems: [{ line: err.lines ?? 1, col: 1, cell: '', message: `nie można odczytać tabeli: ${err.message}` }] };
  }
}

/** 1-based character column of cell `i` (exact for unquoted cells, which copied tables are). */
const columnOf = (cells: string[], i: number) => cells.slice(0, i).reduce((n, c) => n + c.length + 1, 1);

interface TaskRef {
  title: string;
  prefix?: Prefix;
}

/** An action as read, before the numbering places it under a task. */
interface Item {
  action: ImportedAction;
  prefix?: Prefix;
  task?: TaskRef;
  row: Row;
  index: number;
  /** Measures or amounts were read on its rows. */
  hasValues: boolean;
}

interface Draft {
  goal: ImportedGoal;
  key: string;
  items: Item[];
}

const same = (a: string, b: string) => normaliseHeader(a) === normaliseHeader(b);

/** Reads the table into goals. Pure apart from its inputs. */
export function importTable(
  text: string,
  options: { goal?: string; context?: ProgrammeContext } = {},
): { goals: ImportedGoal[]; problems: ImportProblem[] } {
  const institutions = options.context?.institutions ?? [];
  const used = new Set(options.context?.usedIds ?? []);
  const { rows, problems } = readRows(text);
  const drafts: Draft[] = [];
  let draft: Draft | undefined;
  let columns: (Column | undefined)[] | undefined;
  let headerKey: string | undefined;
  let broken = false;
  let task: TaskRef | undefined;
  let item: Item | undefined;
  const problem = (row: Row, i: number, message: string) =>
    problems.push({ line: row.line, col: columnOf(row.cells, i), cell: row.cells[i] ?? '', message });

  const openGoal = (id: string | undefined, title: string) => {
    const key = id ?? `tytuł:${normaliseHeader(title)}`;
    if (draft?.key === key) return; // the goal repeated on each of its rows
    draft = drafts.find((d) => d.key === key);
    if (!draft) {
      let position = drafts.length + 1;
      while (id === undefined && drafts.some((d) => d.goal.id === String(position))) position++;
      draft = {
        key,
        items: [],
        goal: { id: id ?? String(position), title, actions: [], ...(id === undefined ? { idByPosition: true } : {}) },
      };
      drafts.push(draft);
    }
    task = undefined;
    item = undefined;
  };

  for (const row of rows) {
    const filled = row.cells.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
    const heading = filled.length === 1 && filled[0]![1] === 0 ? goalOf(filled[0]![0], true) : undefined;
    if (heading) {
      openGoal(heading.id, heading.title);
      continue;
    }
    const key = row.cells.map(normaliseHeader).join('\t').trim();
    if (columns && key === headerKey) continue; // the header repeated after a page break
    if (!columns || isHeader(row.cells)) {
      headerKey = key;
      const header = readHeader(row.cells);
      header.problems.forEach((p) => problem(row, p.index, p.message));
      columns = header.columns;
      broken = header.problems.length > 0;
      item = undefined;
      task = undefined;
      if (broken) continue; // its rows cannot be read: skipped up to the next header
      if (!draft && !columns.some((c) => c?.role === 'goal')) {
        if (!options.goal) {
          problem(
            row,
            0,
            'tabela nie zaczyna się od nagłówka „Cel N. …” ani nie ma kolumny „Cel” — dodaj jedno z nich albo podaj --goal <id>',
          );
          break;
        }
        openGoal(options.goal, `${PLACEHOLDER}: tytuł celu ${options.goal}`);
      }
      continue;
    }
    if (broken) continue;

    const at = (role: ColumnRole | 'task') => columns!.flatMap((c, i) => (c?.role === role ? [i] : []));
    const cell = (i: number | undefined) => (i === undefined ? '' : (row.cells[i] ?? '').trim());
    const stray = row.cells.findIndex((c, i) => c.trim() !== '' && !columns![i]);
    if (stray >= 0)
      problem(
        row,
        stray,
        stray >= columns.length
          ? 'więcej komórek niż kolumn w nagłówku'
          : 'komórka pod pustym nagłówkiem: dopisz nazwę kolumny albo usuń komórkę',
      );

    const goalCell = cell(at('goal')[0]);
    if (goalCell !== '') {
      const g = goalOf(goalCell)!;
      openGoal(g.id, g.title);
    }
    if (!draft) {
      problem(row, at('goal')[0] ?? 0, 'wiersz przed pierwszym celem: kolumna „Cel” jest pusta');
      continue;
    }
    const lp = lpPrefix(cell(at('lp')[0]));
    const taskCell = cell(at('task')[0]);
    let newTask = false;
    if (taskCell !== '' && !(task && same(task.title, splitPrefix(taskCell).title))) {
      const { prefix, title } = splitPrefix(taskCell);
      task = { title, prefix: prefix ?? lp };
      item = undefined;
      newTask = true;
    }
    const actionIndex = at('action')[0];
    const actionCell = cell(actionIndex);
    const { prefix, title } = splitPrefix(actionCell);
    if ((actionCell !== '' && !(item && item.task === task && same(item.action.title, title))) || (newTask && actionCell === '')) {
      const fromTask = actionCell === '';
      item = {
        action: { title: fromTask ? task!.title : title, implementers: [], indicators: [] },
        prefix: fromTask ? undefined : (prefix ?? (newTask ? undefined : lp)),
        task,
        row,
        index: fromTask ? at('task')[0]! : actionIndex!,
        hasValues: false,
      };
      if (item.action.title === '') problem(row, actionIndex!, 'po numerze brak nazwy działania');
      draft.items.push(item);
    } else if (!item) {
      const data = row.cells.some((c, i) => c.trim() !== '' && columns![i] && !['goal', 'lp'].includes(columns![i]!.role));
      if (data)
        problem(
          row,
          actionIndex ?? 0,
          `wiersz kontynuacji przed pierwszym działaniem: brak nazwy działania w kolumnie „${columns[actionIndex ?? 0]?.header ?? ''}”`,
        );
      continue;
    }
    readData(row, item, at, cell);
  }

  /** Implementers, schedule, funding, measures and amounts of one row, added to its action. */
  function readData(row: Row, it: Item, at: (role: ColumnRole | 'task') => number[], cell: (i: number | undefined) => string) {
    const a = it.action;
    const report = (i: number, message: string) => problem(row, i, message);
    for (const i of at('implementer')) a.implementers.push(...implementersOf(row.cells[i] ?? '', institutions));
    const scheduleAt = at('schedule')[0];
    const { schedule, problem: late } = readSchedule(cell(scheduleAt));
    if (late) report(scheduleAt!, late);
    if (schedule && a.schedule && a.schedule.text !== schedule.text)
      report(scheduleAt!, `drugi termin dla działania „${a.title}” (pierwszy: „${a.schedule.text}”): połącz je w jednej komórce`);
    else if (schedule) a.schedule = schedule;
    const sources = at('funding')
      .map((i) => cell(i).replace(/\s+/g, ' '))
      .filter((f) => !isEmpty(f));
    const slots = (role: ColumnRole): Slot[] => at(role).map((i) => ({ cell: row.cells[i] ?? '', index: i, time: columns![i]!.time }));
    for (const slot of slots('budget')) {
      const { line, funding } = budgetOf(slot, report);
      if (line) (a.budget ??= []).push(line);
      if (funding) sources.push(funding);
    }
    for (const f of sources) if (!(a.funding ?? '').split('; ').includes(f)) a.funding = a.funding ? `${a.funding}; ${f}` : f;
    const d = draft!;
    const fallback = (n: number) => `cel-${goalSlug(d.goal.id)}-dzialanie-${d.items.indexOf(it) + 1}-miernik-${a.indicators.length + n}`;
    const labelAt = at('indicator')[0];
    const found =
      labelAt === undefined
        ? measuresOf(slots('target'), fallback, used, report)
        : namedMeasuresOf(row.cells[labelAt] ?? '', labelAt, slots('target'), fallback, used, report);
    a.indicators.push(...found);
    if (found.length > 0 || slots('budget').some((s) => !isEmpty(s.cell))) it.hasValues = true;
  }

  const structured = drafts.map((d) => structure(d, problem));
  return { goals: options.goal ? structured.filter((g) => g.id === options.goal) : structured, problems };
}

const withId = (a: ImportedAction, id: string | undefined): ImportedAction => (id ? { id, ...a } : a);

/** Places a goal's actions: under the tasks of a task column, under numbered rows, or directly under the goal. */
function structure(d: Draft, problem: (row: Row, i: number, message: string) => void): ImportedGoal {
  const { goal, items } = d;
  const fail = (it: Item, message: string) => problem(it.row, it.index, message);
  const tasks: ImportedTask[] = [];
  if (items.some((it) => it.task)) {
    for (const it of items) {
      if (!it.task) {
        fail(it, 'działanie przed pierwszym zadaniem: kolumna zadań jest pusta');
        continue;
      }
      let t = tasks.at(-1);
      if (!t || items[items.indexOf(it) - 1]?.task !== it.task)
        tasks.push((t = { ...(printedId(it.task.prefix) ? { id: printedId(it.task.prefix) } : {}), title: it.task.title, actions: [] }));
      t.actions.push(withId(it.action, printedId(it.prefix)));
    }
    return { ...goal, tasks, actions: [] };
  }
  const number = (it: Item | undefined) => (it?.prefix?.kind === 'number' ? it.prefix : undefined);
  const childOf = (parent: Item, child: Item | undefined) => {
    const p = number(parent);
    if (!p || !child) return false;
    const c = child.prefix;
    return !c || c.kind !== 'number' || c.id.startsWith(`${p.id}.`);
  };
  const parents = items.filter((it, i) => childOf(it, items[i + 1]));
  if (parents.length === 0) return { ...goal, actions: items.map((it) => withId(it.action, printedId(it.prefix))) };
  const depth = number(parents[0])!.depth;
  let current: ImportedTask | undefined;
  let parent: Item | undefined;
  items.forEach((it, i) => {
    const n = number(it);
    if (n && n.depth === depth) {
      current = { ...(printedId(n) ? { id: printedId(n) } : {}), title: it.action.title, actions: [] };
      tasks.push(current);
      parent = childOf(it, items[i + 1]) ? it : undefined;
      // A numbered row with nothing under it is a task of one action with the same words.
      if (!parent) current.actions.push(it.action);
      else if (it.hasValues)
        fail(it, `wiersz zadania „${n.id}” ma mierniki lub kwoty, a pod nim są działania: przenieś je do wiersza działania`);
      return;
    }
    if (n && (n.depth < depth || n.depth > depth + 1 || childOf(it, items[i + 1]))) {
      fail(
        it,
        `numer „${n.id}” nie pasuje do numeracji zadań (${number(parents[0])!.id} …) i ich działań: Miernik ma tylko dwa poziomy, zadanie i działanie`,
      );
      return;
    }
    if (!current) {
      fail(it, 'działanie przed pierwszym numerowanym zadaniem: dopisz numer zadania');
      return;
    }
    // Cells merged over the task's rows are copied into its first row: its actions share them.
    const a = it.action;
    if (parent) {
      if (a.implementers.length === 0) a.implementers.push(...parent.action.implementers);
      if (!a.schedule && parent.action.schedule) a.schedule = parent.action.schedule;
      if (!a.funding && parent.action.funding) a.funding = parent.action.funding;
    }
    current.actions.push(withId(a, printedId(n)));
  });
  return { ...goal, tasks, actions: [] };
}
