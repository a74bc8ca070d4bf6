// The table importer on seed 001 (Kraków 2017–2020, as copied from the document) against the
// hand-authored goals of that programme, and on small broken tables.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { goalFile, importTable, programmeContext } from '../../scripts/import-table.ts';
import { slugify } from '../../src/lib/text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { goal as goalSchema, type Goal } from '../../src/schemas/goal.ts';
import { placeActions } from '../../src/lib/model.ts';
import { checkContent } from '../../scripts/check/checkContent.ts';

// Seed 001 (Kraków 2017–2020 tables), kept in sources/ so the test runs on any clone.
const SEED = 'sources/001_ca3d13d1c8f44f27.txt';
const SLUG = 'krakow-przemoc-w-rodzinie-2017-2020';
const GOALS = `content/programmes/${SLUG}/goals`;

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'miernik-import-'));
  made.push(dir);
  return dir;
};

const committed: Goal[] = readdirSync(GOALS)
  .map((f) => goalSchema.parse(parse(splitFrontmatter(readFileSync(join(GOALS, f), 'utf8')).yaml)))
  .sort((a, b) => a.order - b.order);

/** Every (goal, year, value) of the targets, sorted, so two differently-labelled files compare by their numbers. */
const numbers = (goals: { id: string; actions: { indicators: { values: { year?: number; kind: string; value?: number }[] }[] }[] }[]) =>
  goals
    .flatMap((g) =>
      g.actions.flatMap((a) =>
        a.indicators.flatMap((i) => i.values.filter((v) => v.kind === 'target').map((v) => `${g.id}|${v.year}|${v.value}`)),
      ),
    )
    .sort();

const committedShape = committed.map((g) => ({ id: g.id, actions: placeActions(g).map((pa) => pa.action) }));

describe('npm run import on seed 001', () => {
  const { goals, problems } = importTable(readFileSync(SEED, 'utf8'), {
    context: programmeContext('content', SLUG, ['1', '2', '3', '4', '5']),
  });

  it('reads every cell', () => {
    expect(problems).toEqual([]);
  });

  it('finds the same goals with the same titles', () => {
    expect(goals.map((g) => g.id)).toEqual(committed.map((g) => g.id));
    expect(goals.map((g) => g.title)).toEqual(committed.map((g) => g.title));
  });

  it('finds the same number of actions per goal, with the same titles', () => {
    expect(goals.map((g) => g.actions.length)).toEqual(committedShape.map((g) => g.actions.length));
    expect(goals.flatMap((g) => g.actions.map((a) => a.title))).toEqual(committedShape.flatMap((g) => g.actions.map((a) => a.title)));
  });

  it('reads the same multiset of (goal, year, value) as the hand-authored files', () => {
    const imported = numbers(goals);
    expect(imported).toHaveLength(numbers(committedShape).length);
    expect(imported).toEqual(numbers(committedShape));
  });

  it('keeps percent shares as percent and the source wording of every value', () => {
    const police = goals[0]!.actions[1]!.indicators.find((i) => i.label === 'Policja')!;
    expect(police.unit).toBe('percent');
    expect(police.values.map((v) => v.text)).toEqual(['Policja – 70%', 'Policja – 71%', 'Policja – 70%', 'Policja – 69%']);
  });

  it("turns names of the municipality's institutions into references and keeps the rest as names", () => {
    expect(goals[0]!.actions[1]!.implementers).toEqual([
      { institution: 'kmp-krakow' },
      { name: 'ochrona zdrowia' },
      { institution: 'mops-krakow' },
      { name: 'Wydział Edukacji' },
      { institution: 'mkrpa-krakow' },
    ]);
    // implementers continued on the next row of the table
    expect(goals[3]!.actions[0]!.implementers.map((i) => ('institution' in i ? i.institution : i.name))).toEqual([
      'mops-krakow',
      'odop-krakow',
      'oik-krakow',
      'inne instytucje realizujące Program',
    ]);
  });

  it('written in place of the hand-authored goals, passes the checker (references, ids, years)', () => {
    const dir = tempDir();
    cpSync('content', dir, { recursive: true });
    const goalsDir = join(dir, 'programmes', SLUG, 'goals');
    for (const f of readdirSync(goalsDir)) rmSync(join(goalsDir, f));
    goals.forEach((g, i) => writeFileSync(join(goalsDir, `${g.id}.mdx`), goalFile(g, i + 1, 'test')));
    const { errors, warnings } = checkContent(dir, dir);
    expect(errors.filter((e) => e.file.includes(SLUG))).toEqual([]);
    // what is left for the editor: summary, section and description of each goal
    expect(warnings.filter((w) => w.file.includes(SLUG)).map((w) => w.path)).toEqual(
      Array(5).fill(['summary', 'section', '(treść)']).flat(),
    );
  });

  it('writes goal files that pass the schema, with unique indicator ids', () => {
    for (const [i, g] of goals.entries()) {
      const data = parse(splitFrontmatter(goalFile(g, i + 1, 'test')).yaml);
      expect(goalSchema.safeParse(data).success).toBe(true);
    }
    const ids = goals.flatMap((g) => g.actions.flatMap((a) => a.indicators.map((x) => x.id)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('importTable on other tables', () => {
  const header = 'Działania\tJednostka\tMierniki 2024\tMierniki 2025';
  const only = (text: string, goal?: string) => importTable(text, { goal });

  it('reports a cell it cannot read with line, column and the cell, instead of guessing', () => {
    const { problems } = only(`Cel 1. Test\n${header}\nSzkolenia\tMOPS\tLiczba osób – 20\tok. 25 osób\n`);
    expect(problems).toEqual([
      {
        line: 3,
        col: 33,
        cell: 'ok. 25 osób',
        message: expect.stringContaining('nie można jednoznacznie odczytać liczby z „ok. 25 osób”'),
      },
    ]);
  });

  it('splits compound cells into separate indicators', () => {
    const { goals, problems } = only(
      `Cel 2. Test\n${header}\nSzkolenia\tMOPS\t20 szkoleń, 150 uczestników\t22 szkolenia, 160 uczestników\n`,
    );
    expect(problems).toEqual([]);
    const indicators = goals[0]!.actions[0]!.indicators;
    expect(indicators.map((i) => [i.label, i.values.map((v) => v.value)])).toEqual([
      ['Szkoleń', [20, 22]],
      ['Uczestników', [150, 160]],
    ]);
  });

  it('keeps targets stated in words as text, and reports cells with a different number of measures', () => {
    const words = only(`Cel 3. Test\n${header}\nGala\tMOPS\tOrganizacja gali\tOrganizacja gali\n`);
    expect(words.goals[0]!.actions[0]!.indicators[0]).toMatchObject({
      unit: 'text',
      values: [
        { year: 2024, kind: 'target', text: 'Organizacja gali' },
        { year: 2025, kind: 'target', text: 'Organizacja gali' },
      ],
    });
    const uneven = only(`Cel 3. Test\n${header}\nSzkolenia\tMOPS\t20 szkoleń; 150 uczestników\t22 szkolenia\n`);
    expect(uneven.problems.map((p) => p.col)).toEqual([16, 44]);
  });

  it('needs a "Cel N." heading or --goal, and skips a header repeated after a page break', () => {
    const table = `${header}\nPorady\tOIK\tLiczba porad – 1 200\tLiczba porad – 1 250\n${header}\nGrupy\tOIK\t3 grupy\t4 grupy\n`;
    expect(only(table).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('--goal') });
    const { goals, problems } = only(table, 'II');
    expect(problems).toEqual([]);
    expect(goals.map((g) => [g.id, g.actions.length])).toEqual([['II', 2]]);
    expect(numbers(goals)).toEqual(['II|2024|1200', 'II|2024|3', 'II|2025|1250', 'II|2025|4']);
  });

  it('makes readable ids', () => {
    expect(slugify('Liczba świadczeń w formie schronienia (liczba noclegów)')).toBe(
      'liczba-swiadczen-w-formie-schronienia-liczba-noclegow',
    );
    expect(slugify('Łączna kwota zł')).toBe('laczna-kwota-zl');
  });
});

describe('the import command', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [resolve('scripts/import-table.ts'), ...args], { encoding: 'utf8' });

  it('prints goal files for the seed, and writes them to a folder without overwriting', () => {
    const printed = run([SEED, '--programme', SLUG]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('# ==> goals/5.mdx');
    const dir = tempDir();
    const written = run([SEED, '--programme', SLUG, '--goal', '3', '--out', dir]);
    expect(written.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['3.mdx']);
    const again = run([SEED, '--goal', '3', '--out', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Nie nadpisuję');
  });

  it('fails on an unreadable cell, naming file:line:column and the cell, and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'tabela.tsv');
    writeFileSync(file, 'Cel 1. Test\nDziałania\tJednostka\tMierniki 2024\nPorady\tOIK\tok. 20 porad\n');
    const r = run([file, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:3:12  nie można jednoznacznie odczytać liczby z „ok. 20 porad”`);
    expect(readdirSync(dir)).toEqual(['tabela.tsv']);
  });
});
