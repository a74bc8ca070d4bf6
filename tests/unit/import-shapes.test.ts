// The table shapes programme documents use, read by their header names: one small table per shape,
// its goal structure, and the written goal files passing the checker in a new programme of the
// fixture (2024–2026, the institution „Ośrodek Testowy” of the municipality demo). Then the class:
// every known header name (and a variant of each) maps to its role; an unknown one is an error
// that names it and the names known, and nothing is written. Last, docs/import-tabeli.md: its list
// of names is COLUMN_NAMES, and each example is what the importer makes of it.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { goalFile, importTable, programmeContext, type ImportedGoal } from '../../scripts/import-table.ts';
import { COLUMN_NAMES, columnNamesTable, readHeader, roleOf, type ColumnRole } from '../../scripts/import/headers.ts';
import { readSchedule } from '../../scripts/import/time.ts';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { newProgramme } from '../../scripts/new.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { goalSlug } from '../../src/lib/urls.ts';
import { goal as goalSchema } from '../../src/schemas/goal.ts';
import { brokenFixture as fixtureCopy, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const PROGRAMME = 'demo-import-2024-2026';
const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

/** Imports `table` into a new programme of a fixture copy, writes its goals and runs the checker. */
function importInto(table: string, goal?: string) {
  const dir = fixtureCopy();
  newProgramme(dir, PROGRAMME);
  const goalsDir = join(dir, 'programmes', PROGRAMME, 'goals');
  mkdirSync(goalsDir);
  const { goals, problems } = importTable(table, { goal, context: programmeContext(dir, PROGRAMME, []) });
  goals.forEach((g, i) => writeFileSync(join(goalsDir, `${goalSlug(g.id)}.mdx`), goalFile(g, i + 1, 'test')));
  const { errors, warnings } = checkContent(dir, dir);
  const data = goals.map((g, i) => goalSchema.parse(parse(splitFrontmatter(goalFile(g, i + 1, 'test')).yaml)));
  return { goals, problems, errors, warnings: warnings.filter((w) => w.file.includes(PROGRAMME)), data };
}

/** The goal structure without the measures: ids and titles of goals, tasks and actions. */
const outline = (goals: ImportedGoal[]) =>
  goals.map((g) => ({
    id: g.id,
    title: g.title,
    ...(g.tasks?.length
      ? { tasks: g.tasks.map((t) => ({ id: t.id, title: t.title, actions: t.actions.map((a) => a.id ?? a.title) })) }
      : {}),
    ...(g.actions.length ? { actions: g.actions.map((a) => a.id ?? a.title) } : {}),
  }));

describe('table shapes', () => {
  it('Lp. | Cel | Zadania | Termin realizacji: a goal per value of "Cel", the schedule with its years', () => {
    const r = importInto(
      tsv(
        ['Lp.', 'Cel', 'Zadania', 'Termin realizacji'],
        ['1.', 'Cel 1. Wzrost wiedzy mieszkańców', 'Kampania informacyjna', 'corocznie'],
        ['2.', '', 'Szkolenia dla nauczycieli', '2024–2026'],
        ['3.', 'Bezpieczne dzieci', 'Dyżury psychologa', 'III kwartał 2025'],
        ['4.', '', 'Punkt konsultacyjny', 'na bieżąco'],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(outline(r.goals)).toEqual([
      { id: '1', title: 'Wzrost wiedzy mieszkańców', actions: ['Kampania informacyjna', 'Szkolenia dla nauczycieli'] },
      { id: '2', title: 'Bezpieczne dzieci', actions: ['Dyżury psychologa', 'Punkt konsultacyjny'] },
    ]);
    // "Bezpieczne dzieci" has no printed number: its id is its place, and the file says so
    expect(r.goals[1]!.idByPosition).toBe(true);
    expect(goalFile(r.goals[1]!, 2, 'test')).toContain('# dokument nie numeruje celów');
    expect(r.goals.flatMap((g) => g.actions.map((a) => a.schedule))).toEqual([
      { text: 'corocznie', annual: true },
      { text: '2024–2026', from: 2024, to: 2026 },
      { text: 'III kwartał 2025', year: 2025 },
      { text: 'na bieżąco' },
    ]);
    expect(r.errors).toEqual([]);
  });

  it('Cel szczegółowy | Zadanie | Realizator | Wskaźnik realizacji | Wartość docelowa: named measures, targets without a year', () => {
    const r = importInto(
      tsv(
        ['Cel szczegółowy', 'Zadanie', 'Realizator', 'Wskaźnik realizacji', 'Wartość docelowa'],
        ['Cel 1. Wsparcie rodzin', 'Grupy wsparcia', 'Ośrodek Testowy; szkoły', 'Liczba grup wsparcia', '4'],
        ['', '', '', 'Odsetek osób, które ukończyły zajęcia', '80%'],
        ['', 'Poradnictwo', 'Ośrodek Testowy', 'Liczba udzielonych porad; Liczba rodzin', ''],
        ['', 'Kampania', 'szkoły', 'Kampania przeprowadzona', ''],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(outline(r.goals)).toEqual([{ id: '1', title: 'Wsparcie rodzin', actions: ['Grupy wsparcia', 'Poradnictwo', 'Kampania'] }]);
    const [groups, advice, campaign] = r.goals[0]!.actions;
    expect(groups!.implementers).toEqual([{ institution: 'osrodek-demo' }, { name: 'szkoły' }]);
    expect(groups!.indicators.map((i) => [i.label, i.unit, i.unitLabel, i.values])).toEqual([
      ['Liczba grup wsparcia', 'count', 'grup', [{ kind: 'target', value: 4, text: '4' }]],
      ['Odsetek osób, które ukończyły zajęcia', 'percent', '%', [{ kind: 'target', value: 80, text: '80%' }]],
    ]);
    // named without a number: no values; the unit from the name ("Liczba" → count, otherwise text)
    expect(advice!.indicators.map((i) => [i.label, i.unit, i.values])).toEqual([
      ['Liczba udzielonych porad', 'count', []],
      ['Liczba rodzin', 'count', []],
    ]);
    expect(campaign!.indicators.map((i) => [i.label, i.unit, i.values])).toEqual([['Kampania przeprowadzona', 'text', []]]);
    expect(r.errors).toEqual([]);
  });

  it("the years of a target column come from its header, else from the cell's own words, never from the programme period", () => {
    const header = ['Cel', 'Działanie', 'Wskaźnik', 'Wartość docelowa 2026'];
    const dated = importTable(tsv(header, ['Cel 1. A', 'Porady', 'Liczba porad', '120']));
    expect(dated.goals[0]!.actions[0]!.indicators[0]!.values).toEqual([{ year: 2026, kind: 'target', value: 120, text: '120' }]);
    const said = importTable(
      tsv(
        ['Cel', 'Działanie', 'Wskaźnik', 'Wartość docelowa'],
        ['Cel 1. A', 'Porady', 'Liczba porad', '120 porad rocznie'],
        ['', '', 'Liczba grup', '3 grupy w 2025 r.'],
      ),
    );
    expect(said.goals[0]!.actions[0]!.indicators.map((i) => i.values)).toEqual([
      [{ annual: true, kind: 'target', value: 120, text: '120 porad rocznie' }],
      [{ year: 2025, kind: 'target', value: 3, text: '3 grupy w 2025 r' }],
    ]);
  });

  it('Działanie | Podmiot odpowiedzialny | Termin | Źródło finansowania | Koszt: budget lines and funding', () => {
    const r = importInto(
      tsv(
        ['Działanie', 'Podmiot odpowiedzialny', 'Termin', 'Źródło finansowania', 'Koszt'],
        ['Praca socjalna', 'Ośrodek Testowy', '2024', 'budżet gminy', '30 000 zł'],
        ['Telefon zaufania', 'szkoły', 'w miarę potrzeb', '', 'środki własne'],
        ['Szkolenia', 'Ośrodek Testowy', '2025–2026', 'dotacja', '12 000 zł na lata 2025–2026'],
      ),
      '3',
    );
    expect(r.problems).toEqual([]);
    expect(outline(r.goals)).toEqual([
      { id: '3', title: 'UZUPEŁNIJ: tytuł celu 3', actions: ['Praca socjalna', 'Telefon zaufania', 'Szkolenia'] },
    ]);
    expect(r.goals[0]!.actions.map((a) => [a.budget, a.funding, a.schedule])).toEqual([
      [[{ value: 30000, text: '30 000 zł' }], 'budżet gminy', { text: '2024', year: 2024 }],
      // a cost cell without an amount names the source of funding
      [undefined, 'środki własne', { text: 'w miarę potrzeb' }],
      [
        [{ from: 2025, to: 2026, value: 12000, text: '12 000 zł na lata 2025–2026' }],
        'dotacja',
        { text: '2025–2026', from: 2025, to: 2026 },
      ],
    ]);
    expect(r.errors).toEqual([]);
  });

  it('reads a header with line breaks, capitals, missing diacritics and spaced "/"', () => {
    const table =
      'Cel 1. Pomoc\n"DZIALANIA\nplanowane do realizacji"\t"Komórka / jednostka\nrealizująca:"\t"Mierniki 2024 –\nzakres realizowanego zadania"\t2025\tWSKAŹNIK 2026\n' +
      'Poradnictwo\tOśrodek Testowy\tLiczba porad – 100\tLiczba porad – 110\tok. 120 porad\n';
    const { goals, problems } = importTable(table);
    // the header takes lines 2–5 (three of its cells break a line): the data row is line 6
    expect(problems).toEqual([
      { line: 6, col: 67, cell: 'ok. 120 porad', message: expect.stringContaining('nie można jednoznacznie odczytać liczby') },
    ]);
    const r = importInto(table.replace('ok. 120 porad', 'Liczba porad – 120'));
    expect(r.problems).toEqual([]);
    expect(r.goals[0]!.actions[0]!.implementers).toEqual([{ institution: 'osrodek-demo' }]);
    expect(r.goals[0]!.actions[0]!.indicators[0]!.values.map((v) => [v.year, v.value])).toEqual([
      [2024, 100],
      [2025, 110],
      [2026, 120],
    ]);
    expect(goals[0]!.actions).toHaveLength(1);
    expect(r.errors).toEqual([]);
  });
});

describe('numbered rows inside a goal', () => {
  const header = ['Działania', 'Realizator', '2024', '2025'];

  it('a row numbered "1.1" with rows "a)", "b)" under it is a task with those actions; cells of the task row are shared', () => {
    const r = importInto(
      tsv(
        ['Cel 1. Pomoc'],
        header,
        ['1.1 Poradnictwo', 'Ośrodek Testowy', '', ''],
        ['a) porady prawne', '', 'Liczba porad – 100', 'Liczba porad – 110'],
        ['b) porady psychologiczne', 'szkoły', '50 porad', '55 porad'],
        ['1.2 Grupy wsparcia', 'Ośrodek Testowy', '3 grupy', '4 grupy'],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(outline(r.goals)).toEqual([
      {
        id: '1',
        title: 'Pomoc',
        tasks: [
          { id: '1.1', title: 'Poradnictwo', actions: ['porady prawne', 'porady psychologiczne'] },
          // a numbered row with nothing under it: a task of one action in the same words
          { id: '1.2', title: 'Grupy wsparcia', actions: ['Grupy wsparcia'] },
        ],
      },
    ]);
    const [legal, psych] = r.goals[0]!.tasks![0]!.actions;
    expect(legal!.implementers).toEqual([{ institution: 'osrodek-demo' }]); // from the task row
    expect(psych!.implementers).toEqual([{ name: 'szkoły' }]);
    expect(r.errors).toEqual([]);
  });

  it('numbered rows without rows under them are actions that keep the printed id; letters alone give actions without ids', () => {
    const numbered = importTable(tsv(['Cel 2. A'], header, ['2.1 Porady', 'MOPS', '', ''], ['2.2 Grupy', 'MOPS', '', '']));
    expect(outline(numbered.goals)).toEqual([{ id: '2', title: 'A', actions: ['2.1', '2.2'] }]);
    expect(numbered.goals[0]!.actions.map((a) => a.title)).toEqual(['Porady', 'Grupy']);
    const lettered = importTable(tsv(['Cel 2. A'], header, ['a) Porady', 'MOPS', '', ''], ['b) Grupy', 'MOPS', '', '']));
    expect(outline(lettered.goals)).toEqual([{ id: '2', title: 'A', actions: ['Porady', 'Grupy'] }]);
    // a lone "1." is the row's place, not an id: the site numbers by place anyway
    const single = importTable(
      tsv(['Cel 2. A'], header, ['1. Porady', 'MOPS', '', ''], ['a) prawne', '', '', ''], ['2. Grupy', 'MOPS', '', '']),
    );
    expect(outline(single.goals)).toEqual([
      {
        id: '2',
        title: 'A',
        tasks: [
          { id: undefined, title: 'Porady', actions: ['prawne'] },
          { id: undefined, title: 'Grupy', actions: ['Grupy'] },
        ],
      },
    ]);
  });

  it('reads the numbering from the "Lp." column as well', () => {
    const { goals, problems } = importTable(
      tsv(
        ['Cel 1. A'],
        ['Lp.', 'Działanie', 'Realizator'],
        ['1.1', 'Poradnictwo', 'MOPS'],
        ['a)', 'porady prawne', ''],
        ['1.2', 'Grupy', 'OIK'],
      ),
    );
    expect(problems).toEqual([]);
    expect(outline(goals)).toEqual([
      {
        id: '1',
        title: 'A',
        tasks: [
          { id: '1.1', title: 'Poradnictwo', actions: ['porady prawne'] },
          { id: '1.2', title: 'Grupy', actions: ['Grupy'] },
        ],
      },
    ]);
  });

  it('Zadanie | Forma realizacji: the first action column holds the tasks', () => {
    const r = importInto(
      tsv(
        ['Cel szczegółowy 1. Wsparcie rodzin'],
        ['Zadanie', 'Forma realizacji', 'Realizatorzy', 'Nazwa wskaźnika'],
        ['1.1 Zapewnienie wsparcia', 'rozmowy wspierające', 'Ośrodek Testowy', 'Liczba porad'],
        ['', 'grupy wsparcia', 'szkoły', 'Liczba grup'],
        ['Profilaktyka', 'kampania', 'szkoły', ''],
        ['1.3 Edukacja', '', 'szkoły', ''],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(outline(r.goals)).toEqual([
      {
        id: '1',
        title: 'Wsparcie rodzin',
        tasks: [
          { id: '1.1', title: 'Zapewnienie wsparcia', actions: ['rozmowy wspierające', 'grupy wsparcia'] },
          { id: undefined, title: 'Profilaktyka', actions: ['kampania'] },
          // a task without a form of implementation: one action in the task's words
          { id: '1.3', title: 'Edukacja', actions: ['Edukacja'] },
        ],
      },
    ]);
    expect(r.errors).toEqual([]);
  });

  it('reports what the two levels cannot hold: measures on a task row, a third level', () => {
    const onTask = importTable(tsv(['Cel 1. A'], header, ['1.1 Porady', 'MOPS', '5 porad', ''], ['a) prawne', '', '', '']));
    expect(onTask.problems).toEqual([
      expect.objectContaining({ line: 3, col: 1, message: expect.stringContaining('wiersz zadania „1.1” ma mierniki') }),
    ]);
    const deep = importTable(
      tsv(['Cel 1. A'], header, ['1.1 Porady', 'MOPS', '', ''], ['1.1.1 prawne', '', '', ''], ['a) w sądzie', '', '', '']),
    );
    expect(deep.problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('dwa poziomy') })]);
  });
});

describe('header names', () => {
  const fold = (s: string) =>
    s
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  const cases = (Object.entries(COLUMN_NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name, role] as const),
  );

  it.each(cases)('„%s” → %s, and so do its variants', (name, role) => {
    expect(roleOf(name)).toBe(role);
    const variants = [
      name.toUpperCase(),
      fold(name).toLowerCase(),
      `${name.replace(' ', '\n')}:`,
      name.replace('/', ' / ').replace('–', '-'),
      ` ${name.replace(/\.$/, '')} `,
    ];
    for (const v of variants) expect(roleOf(v), JSON.stringify(v)).toBe(role);
  });

  it('no name belongs to two roles', () => {
    expect(new Set(cases.map(([name]) => fold(name).toLowerCase())).size).toBe(cases.length);
  });

  it.each([
    ['2024', 'target', { year: 2024 }],
    ['Mierniki 2018 - zakres realizowanego zadania', 'target', { year: 2018 }],
    ['Mierniki 2024', 'target', { year: 2024 }],
    ['Wartość docelowa na lata 2024–2030', 'target', { from: 2024, to: 2030 }],
    ['Wartość docelowa (rocznie)', 'target', { annual: true }],
    ['Koszt 2025', 'budget', { year: 2025 }],
    ['2025-2027', 'target', { from: 2025, to: 2027 }],
    ['Budżet w latach 2025–2027', 'budget', { from: 2025, to: 2027 }],
  ])('a header with years: „%s” → %s %o', (header, role, time) => {
    const { columns, problems } = readHeader(['Działanie', header]);
    expect(problems).toEqual([]);
    expect(columns[1]).toEqual({ role, time, header });
  });

  it('refuses years in a column that has none, and a second column of one kind', () => {
    expect(readHeader(['Działanie', 'Termin 2024']).problems[0]!.message).toContain(
      'lata importer czyta tylko w kolumnach wartości docelowych i kosztów',
    );
    expect(readHeader(['Działanie', 'Termin', 'Termin realizacji']).problems).toEqual([
      { index: 2, message: expect.stringContaining('druga kolumna tego samego rodzaju') },
    ]);
    expect(readHeader(['Realizator', 'Termin']).problems[0]!.message).toContain('nie ma kolumny z działaniem');
  });

  it("reads the schedule's years only where the wording is unambiguous", () => {
    expect(readSchedule('do końca 2025 r.').schedule).toEqual({ text: 'do końca 2025 r.', year: 2025 });
    expect(readSchedule('co roku w latach 2024-2026').schedule).toEqual({
      text: 'co roku w latach 2024-2026',
      from: 2024,
      to: 2026,
      annual: true,
    });
    expect(readSchedule('w miarę potrzeb').schedule).toEqual({ text: 'w miarę potrzeb' });
    expect(readSchedule('2024, 2026').problem).toContain('nie można jednoznacznie odczytać lat z terminu „2024, 2026”');
  });
});

describe('an unknown column', () => {
  const table = 'Cel 1. Test\nDziałanie\tUwagi\tKoszt\nPorady\tpilne\t1 000 zł\n';

  it('is reported by name at its line and column, with every name the importer knows', () => {
    const { problems } = importTable(table);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, col: 11, cell: 'Uwagi' });
    expect(problems[0]!.message).toContain('nieznana kolumna „Uwagi”');
    for (const name of Object.values(COLUMN_NAMES).flat()) expect(problems[0]!.message).toContain(`„${name}”`);
  });

  it('makes the command write nothing and exit 1', () => {
    const dir = fixtureCopy();
    const file = join(dir, 'tabela.tsv');
    writeFileSync(file, table);
    const r = spawnSync(process.execPath, [resolve('scripts/import-table.ts'), file, '--out', join(dir, 'goals')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:2:11  nieznana kolumna „Uwagi”. Importer zna kolumny: „Lp.”`);
    expect(r.stderr).toContain('Nic nie zapisano');
    expect(readdirSync(dir)).not.toContain('goals');
  });
});

describe('docs/import-tabeli.md', () => {
  const DOC = 'docs/import-tabeli.md';
  const text = readFileSync(DOC, 'utf8');
  const TABLE = /<!-- kolumny -->\n([\s\S]*?)\n?<!-- \/kolumny -->/;
  // An example: the marker (with the command's options), the table, then what the importer writes.
  const EXAMPLE = /<!-- przykład-importu: ([\w-]+)((?: --goal \S+)?) -->\n```tsv\n([\s\S]*?)```\n([\s\S]*?```yaml\n)([\s\S]*?)(```)/g;
  const written = (table: string, goal: string) => {
    const { goals, problems } = importTable(table, { goal: goal || undefined });
    expect(problems).toEqual([]);
    const note = 'zaimportowano z tabela.tsv (npm run import); sprawdź etykiety, jednostki i realizatorów';
    return goals.map((g, i) => `${splitFrontmatter(goalFile(g, Number(g.id) || i + 1, note)).yaml.trimEnd()}\n`).join('---\n');
  };

  if (process.env.UPDATE_DOCS) {
    it('rewrites the list of names and the examples', () => {
      writeFileSync(
        DOC,
        text
          .replace(TABLE, `<!-- kolumny -->\n${columnNamesTable()}\n<!-- /kolumny -->`)
          .replace(
            EXAMPLE,
            (_a, name: string, goal: string, table: string, between: string, _old: string, close: string) =>
              `<!-- przykład-importu: ${name}${goal} -->\n\`\`\`tsv\n${table}\`\`\`\n${between}${written(table, goal.replace(' --goal ', ''))}${close}`,
          ),
      );
    });
    return;
  }

  it('lists every column name the importer reads, and no other', () => {
    expect(TABLE.exec(text)?.[1]).toBe(columnNamesTable());
  });

  it('shows for each example table what the importer writes', () => {
    const examples = [...text.matchAll(EXAMPLE)];
    expect(examples.map((m) => m[1])).toEqual(['jedna-kolumna-na-rok', 'termin', 'wskazniki', 'koszty', 'numeracja', 'zadania-i-formy']);
    for (const [, , goal, table, , yaml] of examples) {
      expect(table).toContain('\t');
      expect(yaml).toBe(written(table!, goal!.replace(' --goal ', '')));
    }
  });
});
