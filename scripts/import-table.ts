// `npm run import -- <file.tsv> [--programme <slug>] [--goal <id>] [--out <folder|file.mdx>]`
//
// Turns a table copied from a programme document (tab-separated: action, implementing unit, one
// column per year; continuation rows with empty first cells; "Cel N." headings) into goal
// frontmatter. Every number is read with src/lib/polishNumbers.ts; a cell with digits that cannot be
// read unambiguously is reported as file:line:column with its text, and nothing is written.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { Document, isMap, isScalar, isSeq, parse as parseYaml, Scalar, visit } from 'yaml';
import { hasDigits, parseMeasure, splitCompound, tidyCell, type Measure } from '../src/lib/polishNumbers.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { goalSlug } from '../src/lib/format.ts';
import { goal as goalSchema, type Implementer } from '../src/schemas/goal.ts';
import type { Indicator } from '../src/schemas/indicator.ts';
import { PLACEHOLDER } from './check/warnings.ts';
import { plural } from './check/report.ts';

export interface ImportProblem {
  line: number;
  col: number;
  cell: string;
  message: string;
}

/** What the importer knows about the programme the table belongs to (all optional). */
export interface ProgrammeContext {
  /** Institutions of the programme's municipality, to turn names into references. */
  institutions?: { id: string; name: string; shortName?: string }[];
  /** Indicator ids already used by other goals of the programme. */
  usedIds?: Set<string>;
}

export interface ImportedAction {
  title: string;
  implementers: Implementer[];
  indicators: Indicator[];
}

export interface ImportedGoal {
  id: string;
  title: string;
  actions: ImportedAction[];
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
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
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

const GOAL_HEADING = /^Cel\s+([0-9]+|[IVXLC]+)\.?\s+(.*\S)\s*$/u;
const YEAR = /\b(19\d{2}|20\d{2})\b/g;

/** Lower-case ASCII slug for ids: "Liczba porad (ogółem)" → "liczba-porad-ogolem". */
export function slugify(text: string, max = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-$/, '');
}

/** "Miejski Ośrodek Pomocy Społecznej w Krakowie" also answers to "Miejski Ośrodek Pomocy Społecznej". */
const normaliseName = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const withoutPlace = (s: string) => s.replace(/\s+w\s+\p{Lu}[\p{L}-]*$/u, '');

function implementersOf(cell: string, context: ProgrammeContext): Implementer[] {
  return cell
    .split(/;|\n/)
    .map(tidyCell)
    .filter((name) => name !== '')
    .map((name): Implementer => {
      const wanted = normaliseName(name);
      const matches = (context.institutions ?? []).filter((i) =>
        [i.name, withoutPlace(i.name), i.shortName ?? ''].some((n) => n !== '' && normaliseName(n) === wanted),
      );
      return matches.length === 1 ? { institution: matches[0]!.id } : { name };
    });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Liczba porad" → "porad"; "850 powołanych grup" → "powołanych"; the editor may reword it. */
function unitLabelOf(m: Measure): string {
  if (m.unit === 'percent') return '%';
  if (m.unit === 'currency') return 'zł';
  const words = m.label.split(' ').map((w) => w.replace(/[^\p{L}/-]/gu, ''));
  if (!m.numberFirst && /^liczba$/i.test(words[0] ?? '')) return words[1] ?? '';
  return m.numberFirst ? (words[0] ?? '').toLowerCase() : '';
}

/** Reads the table into goals. Pure apart from its inputs; `file` only names the source in problems. */
export function importTable(text: string, options: { goal?: string; context?: ProgrammeContext } = {}): { goals: ImportedGoal[]; problems: ImportProblem[] } {
  const context = options.context ?? {};
  const { rows, problems } = readRows(text);
  const goals: ImportedGoal[] = [];
  const usedIds = new Set(context.usedIds ?? []);
  let goal: ImportedGoal | undefined;
  let years: number[] | undefined;
  let header: string | undefined;
  let action: ImportedAction | undefined;
  const problem = (row: Row, i: number, message: string) =>
    problems.push({ line: row.line, col: columnOf(row.cells, i), cell: row.cells[i] ?? '', message });

  const startGoal = (id: string, title: string) => {
    goal = { id, title, actions: [] };
    goals.push(goal);
    years = undefined;
    header = undefined;
    action = undefined;
  };

  for (const row of rows) {
    const filled = row.cells.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
    const heading = filled.length === 1 && filled[0]![1] === 0 ? GOAL_HEADING.exec(filled[0]![0]) : null;
    if (heading) {
      startGoal(heading[1]!, heading[2]!);
      continue;
    }
    if (!goal) {
      if (!options.goal) {
        problem(row, 0, 'tabela nie zaczyna się od nagłówka „Cel N. …” — dodaj go albo podaj --goal <id>');
        break;
      }
      startGoal(options.goal, `${PLACEHOLDER}: tytuł celu ${options.goal}`);
    }
    if (header !== undefined && row.cells.join('\t').trim() === header) continue; // header repeated after a page break
    if (!years) {
      header = row.cells.join('\t').trim();
      // The first row of each table names the years: "Mierniki 2017 - zakres realizowanego zadania".
      years = row.cells.slice(2).map((c, k) => {
        const found = [...c.matchAll(YEAR)].map((m) => Number(m[1]));
        if (found.length !== 1) problem(row, k + 2, 'w nagłówku kolumny oczekiwano dokładnie jednego roku (np. „Mierniki 2018”)');
        return found[0] ?? 0;
      });
      if (years.length === 0) problem(row, 0, 'w nagłówku tabeli brak kolumn z latami (działanie, jednostka realizująca, rok, rok, …)');
      continue;
    }

    const [title = '', unitCell = '', ...yearCells] = row.cells;
    if (title.trim() !== '') {
      action = { title: title.replace(/\s+/g, ' ').trim(), implementers: [], indicators: [] };
      goal!.actions.push(action);
    } else if (!action) {
      problem(row, 0, 'wiersz kontynuacji przed pierwszym działaniem: brak nazwy działania w pierwszej kolumnie');
      continue;
    }
    action!.implementers.push(...implementersOf(unitCell, context));
    if (yearCells.slice(years.length).some((c) => c.trim() !== '')) problem(row, years.length + 2, 'więcej komórek niż kolumn z latami w nagłówku');
    addIndicators(row, yearCells.slice(0, years.length), years, goal!, action!, usedIds, problem);
  }
  if (options.goal) return { goals: goals.filter((g) => g.id === options.goal), problems };
  return { goals, problems };
}

/** One table row → one indicator per measure in its cells (several when the cells are compound). */
function addIndicators(
  row: Row,
  cells: string[],
  years: number[],
  goal: ImportedGoal,
  action: ImportedAction,
  usedIds: Set<string>,
  problem: (row: Row, i: number, message: string) => void,
) {
  const perYear = cells.map((cell, k) => ({ year: years[k]!, column: k + 2, parts: splitCompound(cell) }));
  const counts = new Set(perYear.filter((y) => y.parts.length > 0).map((y) => y.parts.length));
  if (counts.size === 0) return;
  if (counts.size > 1) {
    perYear.forEach((y) => y.parts.length > 0 && problem(row, y.column, `komórki wiersza mają różną liczbę mierników (${[...counts].join(' / ')}): rozdziel je ręcznie`));
    return;
  }
  const [count] = [...counts];
  for (let n = 0; n < count!; n++) {
    const values: Indicator['values'] = [];
    const measures: Measure[] = [];
    for (const y of perYear) {
      const part = y.parts[n];
      if (part === undefined) continue;
      const text = tidyCell(part);
      if (!hasDigits(text)) {
        values.push({ year: y.year, kind: 'target', text });
        continue;
      }
      const m = parseMeasure(part);
      if (!m) {
        problem(row, y.column, `nie można jednoznacznie odczytać liczby z „${text}” (oczekiwano np. „Liczba porad – 1 200”, „850 grup”, „23,5%”, „30 000 zł”)`);
        continue;
      }
      measures.push(m);
      values.push({ year: y.year, kind: 'target', value: m.value, text });
    }
    const units = new Set(measures.map((m) => m.unit));
    if (units.size > 1) {
      perYear.forEach((y) => y.parts[n] !== undefined && problem(row, y.column, `różne jednostki w jednym wierszu (${[...units].join(', ')})`));
      continue;
    }
    const first = measures[0];
    const label = first?.label ? capitalise(first.label) : values.length > 0 && measures.length === 0 ? values[0]!.text : '';
    const unit = first?.unit ?? 'text';
    let id = slugify(label) || `cel-${goalSlug(goal.id)}-dzialanie-${goal.actions.length}-miernik-${action.indicators.length + 1}`;
    for (let k = 2; usedIds.has(id); k++) id = `${slugify(label) || id.replace(/-\d+$/, '')}-${k}`;
    usedIds.add(id);
    action.indicators.push({
      id,
      label: label || `${PLACEHOLDER}: nazwa miernika`,
      unit,
      unitLabel: first ? unitLabelOf(first) : '',
      values,
    });
  }
}

/** The frontmatter of goals/<id>.mdx for one imported goal, in the key order editors know. */
export function goalFile(goal: ImportedGoal, order: number, sourceNote: string): string {
  const data = {
    id: goal.id,
    order,
    title: goal.title,
    summary: `${PLACEHOLDER}: streszczenie celu prostym językiem dla mieszkańców`,
    section: `${PLACEHOLDER}: miejsce w dokumencie (np. „Załącznik, Cel ${goal.id}.”)`,
    actions: goal.actions.map((a) => ({
      title: a.title,
      ...(a.implementers.length > 0 ? { implementers: a.implementers } : {}),
      indicators: a.indicators,
    })),
  };
  // Values on one line each, as in the hand-written files: { year: 2017, kind: target, value: 4, text: … }.
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'values' || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (!isMap(item)) continue;
        item.flow = true;
        const text = item.items.find((p) => isScalar(p.key) && p.key.value === 'text')?.value;
        if (isScalar(text)) text.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return `---\n# ${sourceNote}\n${yaml}---\n${PLACEHOLDER}: opis, jak działania są realizowane.\n`;
}

/** Institutions of the programme's municipality and ids used by its other goals, read from content/. */
export function programmeContext(contentDir: string, slug: string, importedGoalIds: string[]): ProgrammeContext {
  const dir = join(contentDir, 'programmes', slug);
  const index = join(dir, 'index.mdx');
  if (!existsSync(index)) throw new Error(`brak programu ${index}`);
  const organisation = (parseYaml(splitFrontmatter(readFileSync(index, 'utf8')).yaml) as { organisation?: string }).organisation;
  const instDir = join(contentDir, 'institutions');
  const institutions = (existsSync(instDir) ? readdirSync(instDir) : [])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: basename(f, '.yaml'), ...(parseYaml(readFileSync(join(instDir, f), 'utf8')) as { name: string; shortName?: string; organisation?: string }) }))
    .filter((i) => i.organisation === organisation);
  const usedIds = new Set<string>();
  const goalsDir = join(dir, 'goals');
  for (const f of existsSync(goalsDir) ? readdirSync(goalsDir) : []) {
    const data = parseYaml(splitFrontmatter(readFileSync(join(goalsDir, f), 'utf8')).yaml) as { id?: string };
    if (importedGoalIds.includes(String(data?.id))) continue;
    for (const m of JSON.stringify(data).matchAll(/"id":"([^"]+)"/g)) usedIds.add(m[1]!);
  }
  return { institutions, usedIds };
}

function main(argv: string[]) {
  const args = [...argv];
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} wymaga wartości`);
    return value;
  };
  const programme = option('--programme');
  const goalId = option('--goal');
  const out = option('--out');
  const contentDir = resolve(option('--content') ?? process.env.MIERNIK_CONTENT ?? 'content');
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    console.error('Użycie: npm run import -- <plik.tsv> [--programme <slug>] [--goal <id>] [--out <folder albo plik.mdx>]');
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const firstPass = importTable(text, { goal: goalId });
  const context = programme ? programmeContext(contentDir, programme, firstPass.goals.map((g) => g.id)) : {};
  const { goals, problems } = importTable(text, { goal: goalId, context });

  if (problems.length > 0) {
    for (const p of problems) console.error(`${file}:${p.line}:${p.col}  ${p.message}${p.cell && !p.message.includes(p.cell.trim()) ? `: „${p.cell.trim()}”` : ''}`);
    console.error(`\nNic nie zapisano: ${plural(problems.length, 'komórka', 'komórki', 'komórek')} do poprawienia w ${file}.`);
    return 1;
  }
  if (goals.length === 0) {
    console.error(goalId ? `W tabeli nie ma celu „${goalId}”.` : 'W tabeli nie ma żadnego celu.');
    return 1;
  }
  const note = `zaimportowano z ${basename(file)} (npm run import); sprawdź etykiety, jednostki i realizatorów`;
  const files = goals.map((g, i) => {
    const content = goalFile(g, Number(g.id) || i + 1, note);
    const check = goalSchema.safeParse(parseYaml(splitFrontmatter(content).yaml));
    if (!check.success) throw new Error(`wygenerowany cel ${g.id} nie przechodzi schematu: ${check.error.message}`);
    return { name: `${goalSlug(g.id)}.mdx`, content };
  });

  if (!out) {
    process.stdout.write(files.map((f) => `# ==> goals/${f.name}\n${f.content}`).join('\n'));
    return 0;
  }
  const single = out.endsWith('.mdx');
  if (single && files.length > 1) {
    console.error(`Tabela ma ${files.length} cele: podaj folder w --out albo wybierz cel przez --goal.`);
    return 1;
  }
  const targets = files.map((f) => ({ ...f, path: single ? out : join(out, f.name) }));
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length > 0) {
    console.error(`Nie nadpisuję istniejących plików: ${existing.map((t) => t.path).join(', ')}`);
    return 1;
  }
  for (const t of targets) {
    mkdirSync(dirname(t.path), { recursive: true });
    writeFileSync(t.path, t.content);
    console.log(`zapisano ${t.path}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
