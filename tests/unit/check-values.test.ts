// Numbers and identity: one broken copy of the fixture per class of mistake that used to publish
// something else than the editor meant (a page lost to a duplicate URL, a number that disagrees
// with its own wording, a later entry silently replacing an earlier one, problems hidden behind
// another problem of the same file). Each runs `npm run check`'s script and asserts the exit code
// and every printed error — file, line and field path — so that a consequence printed as a second
// mistake fails the test as surely as a missed mistake.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brokenFixture, lineOf, removeFixtures } from '../support/fixtures.ts';
import { numbersIn } from '../../scripts/check/numbersInText.ts';
import { siteRoutes } from '../../scripts/check/identity.ts';
import { byUniqueKey } from '../../src/lib/keyed.ts';

afterEach(removeFixtures);

const P = 'programmes/demo-2024-2026';
const GOAL = `${P}/goals/1.mdx`;
const GOAL2 = `${P}/goals/2.mdx`;
const INDEX = `${P}/index.mdx`;
const REPORT = `${P}/reports/2024.mdx`;
const STATS = `${P}/statistics.yaml`;

type Edit = [file: string, from: string, to: string];
interface Expected {
  file: string;
  /** Text on the line the error must point at (the line is found in the broken copy). */
  at: string;
  path: string;
  message: string;
}
interface Case {
  name: string;
  edits?: Edit[];
  /** New files, relative to the content folder. */
  files?: Record<string, string>;
  /** Renames after the edits (folder or file). */
  renames?: [from: string, to: string][];
  errors: Expected[];
}

/** A goal file with one indicator, for cases that need more goals than the fixture has. */
const goalFile = (id: string, order: number, indicator: string) =>
  `---\nid: "${id}"\norder: ${order}\ntitle: Cel ${id}\nsummary: Krótko.\nactions:\n  - title: Działanie ${id}\n    indicators:\n      - id: ${indicator}\n        label: Liczba\n        unit: count\n        unitLabel: osób\n        values:\n          - { year: 2024, kind: target, value: 5, text: "5 osób" }\n---\nOpis.\n`;

const cases: Case[] = [
  // 1. A page vanishes while the build exits 0.
  {
    name: 'two goal ids that differ only in case (one URL slug)',
    edits: [
      [GOAL, 'id: "1"', 'id: "I"'],
      [GOAL2, 'id: "2"', 'id: "i"'],
    ],
    errors: [
      {
        file: GOAL2,
        at: 'id: "i"',
        path: 'id',
        message:
          'cel „i” ma ten sam adres /programy/demo-2024-2026/cele/i/ co cel „I” (programmes/demo-2024-2026/goals/1.mdx) — identyfikatory różniące się tylko wielkością liter',
      },
    ],
  },
  {
    name: 'a goal id whose slug is empty ("Ś")',
    edits: [[GOAL2, 'id: "2"', 'id: "Ś"']],
    errors: [{ file: GOAL2, at: 'id: "Ś"', path: 'id', message: 'identyfikator celu „Ś” nie daje adresu strony' }],
  },
  // 2. A number disagrees with its own wording.
  {
    name: 'value 2.506 with text "2 506"',
    edits: [[GOAL, 'value: 1200, text: "Liczba porad – 1200"', 'value: 2.506, text: "Liczba porad – 2 506"']],
    errors: [
      {
        file: GOAL,
        at: '2.506',
        path: 'tasks.0.actions.0.indicators.0.values.0.value',
        message: 'liczba w value (2.506) nie zgadza się z liczbą w text „Liczba porad – 2 506” (czyta się jako 2506)',
      },
    ],
  },
  {
    name: 'value 180 with text "810 …" (a report)',
    edits: [[REPORT, 'value: 7, text: "7 osób"', 'value: 180, text: "810 osób"']],
    errors: [
      {
        file: REPORT,
        at: '810 osób',
        path: 'values.0.value',
        message: 'liczba w value (180) nie zgadza się z liczbą w text „810 osób” (czyta się jako 810)',
      },
    ],
  },
  {
    name: 'a negative count',
    edits: [[REPORT, 'value: 7, text: "7 osób"', 'value: -7, text: "siedem osób"']],
    errors: [
      { file: REPORT, at: 'siedem', path: 'values.0.value', message: 'liczba ujemna (-7) w mierniku liczonym w sztukach (unit: count)' },
    ],
  },
  {
    name: 'two targets for the same indicator and year (1 200 and 12 000)',
    edits: [
      [
        GOAL,
        '              - { year: 2025, kind: target, value: 1250',
        '              - { year: 2024, kind: target, value: 12000, text: "Liczba porad – 12 000" }\n              - { year: 2025, kind: target, value: 1250',
      ],
    ],
    errors: [
      {
        file: GOAL,
        at: '12 000',
        path: 'tasks.0.actions.0.indicators.0.values.1',
        message: 'druga wartość docelowa miernika „porady-a” na rok 2024 (jest już wyżej w tym pliku: „Liczba porad – 1200”)',
      },
    ],
  },
  {
    name: 'an achieved value in a goal file and another in the report for the same year',
    edits: [[GOAL2, 'values: []', 'values: [{ year: 2024, kind: achieved, value: 8, text: "8 osób" }]']],
    errors: [
      {
        file: REPORT,
        at: 'osoby-b',
        path: 'values.0',
        message:
          'druga wartość osiągnięta miernika „osoby-b” na rok 2024 (jest już w programmes/demo-2024-2026/goals/2.mdx: „8 osób”); wartość osiągniętą podaj w jednym miejscu',
      },
    ],
  },
  // 3. Later entries silently override earlier ones.
  {
    name: 'two glossary entries for one abbreviation',
    edits: [['glossary.yaml', '  full: Ośrodek Testowy', '  full: Ośrodek Testowy\n- abbr: OT # drugi wpis\n  full: Obszar Testowy']],
    errors: [{ file: 'glossary.yaml', at: '# drugi wpis', path: '1.abbr', message: 'skrót „OT” jest już w słowniku (pozycja 1)' }],
  },
  {
    name: 'two series with one id',
    edits: [['series.yaml', '  title: Porady', '  title: Porady\n- id: porady # druga\n  title: Porady (druga)']],
    errors: [
      { file: 'series.yaml', at: '# druga', path: '1.id', message: 'powtórzony identyfikator serii „porady” (jest już w pozycji 1)' },
    ],
  },
  // 4. Every problem at once inside one file.
  {
    name: "a schema error does not hide the same file's cross-reference errors",
    edits: [
      [GOAL, 'value: 1200,', 'value: "sześć",'],
      [GOAL, 'institution: osrodek-demo', 'institution: osrodek-nieistniejacy'],
    ],
    errors: [
      {
        file: GOAL,
        at: 'osrodek-nieistniejacy',
        path: 'tasks.0.actions.0.implementers.0.institution',
        message: 'nieznana instytucja „osrodek-nieistniejacy”',
      },
      { file: GOAL, at: '"sześć"', path: 'tasks.0.actions.0.indicators.0.values.0.value', message: 'oczekiwano liczby, otrzymano „sześć”' },
    ],
  },
  {
    name: 'a broken goal file gives its report no false "unknown indicator"',
    edits: [[GOAL2, 'unit: count', 'unit: liczba']],
    errors: [
      {
        file: GOAL2,
        at: 'unit: liczba',
        path: 'actions.0.indicators.0.unit',
        message: 'oczekiwano jednej z wartości "count"|"percent"|"currency"|"text", otrzymano „liczba”',
      },
    ],
  },
  // 5. Silently ignored.
  {
    name: 'a report whose file name says 2024 and whose year says 2025',
    edits: [[REPORT, 'year: 2024', 'year: 2025']],
    errors: [{ file: REPORT, at: 'year: 2025', path: 'year', message: 'rok 2025 w polu year, a nazwa pliku mówi 2024' }],
  },

  // Classes of our own, in the same area.
  {
    name: 'indicator ids that differ only in case (one download file on Windows and macOS)',
    edits: [[GOAL, 'id: udzial-a', 'id: Porady-A']],
    errors: [
      {
        file: GOAL,
        at: 'Porady-A',
        path: 'tasks.0.actions.0.indicators.1.id',
        message: 'miernik „Porady-A” ma ten sam adres /wskazniki/demo-2024-2026/Porady-A/ co miernik „porady-a”',
      },
    ],
  },
  {
    name: 'goal ids that differ only in punctuation ("1." and "1")',
    edits: [[GOAL2, 'id: "2"', 'id: "1."']],
    errors: [{ file: GOAL2, at: 'id: "1."', path: 'id', message: 'cel „1.” ma ten sam adres /programy/demo-2024-2026/cele/1/ co cel „1”' }],
  },
  {
    name: 'a programme folder named like a page of the site (/wskazniki/serie/)',
    renames: [[P, 'programmes/serie']],
    errors: [
      {
        file: 'programmes/serie/index.mdx',
        at: 'title:',
        path: '(plik)',
        message: 'program „serie” ma ten sam adres /wskazniki/serie/ co strona serwisu — ten adres jest już zajęty przez serwis',
      },
    ],
  },
  {
    name: "a programme folder named like the folder of the explorer's pages (/wskazniki/strona/)",
    renames: [[P, 'programmes/strona']],
    errors: [
      {
        file: 'programmes/strona/index.mdx',
        at: 'title:',
        path: '(plik)',
        message: 'program „strona” ma ten sam adres /wskazniki/strona/ co strona serwisu — ten adres jest już zajęty przez serwis',
      },
    ],
  },
  {
    name: 'a programme folder named like a data file of the site (/dane/wskazniki.csv)',
    renames: [[P, 'programmes/wskazniki']],
    errors: [
      {
        file: 'programmes/wskazniki/index.mdx',
        at: 'title:',
        path: '(plik)',
        message: 'program „wskazniki” ma ten sam adres /dane/wskazniki.csv co strona serwisu',
      },
    ],
  },
  {
    name: 'goal file names that differ only in case',
    files: { [`${P}/goals/Cel-a.mdx`]: goalFile('3', 3, 'cel-trzy'), [`${P}/goals/cel-a.mdx`]: goalFile('4', 4, 'cel-cztery') },
    errors: [
      {
        file: `${P}/goals/cel-a.mdx`,
        at: 'id: "4"',
        path: '(plik)',
        message: `nazwa pliku różni się od ${P}/goals/Cel-a.mdx tylko wielkością liter`,
      },
    ],
  },
  {
    name: 'a textDiffers that is not needed (the text says the same number)',
    edits: [[GOAL, 'text: "Liczba porad – 1 250" }', 'text: "Liczba porad – 1 250", textDiffers: "tak w tabeli" }']],
    errors: [
      {
        file: GOAL,
        at: 'tak w tabeli',
        path: 'tasks.0.actions.0.indicators.0.values.1.textDiffers',
        message: 'textDiffers jest zbędne: liczba w text „Liczba porad – 1 250” zgadza się z value (1250); usuń pole textDiffers',
      },
    ],
  },
  {
    name: 'a text in percent for an indicator counted in units',
    edits: [[GOAL, 'unit: percent', 'unit: count']],
    errors: [
      {
        file: GOAL,
        at: '"23,5%"',
        path: 'tasks.0.actions.0.indicators.1.values.0.text',
        message: 'text „23,5%” podaje odsetek (percent), a miernik ma jednostkę liczba (count)',
      },
    ],
  },
  {
    name: 'a budget line whose amount disagrees with its wording',
    edits: [[GOAL, 'value: 30000, text: "30 000 zł"', 'value: 3000, text: "30 000 zł"']],
    errors: [
      {
        file: GOAL,
        at: '30 000 zł',
        path: 'tasks.0.actions.0.budget.0.value',
        message: 'liczba w value (3000) nie zgadza się z liczbą w text „30 000 zł” (czyta się jako 30000)',
      },
    ],
  },
  {
    name: 'a stated total whose amount disagrees with its wording',
    edits: [[INDEX, 'value: 1000', 'value: 10000']],
    errors: [
      {
        file: INDEX,
        at: 'value: 10000',
        path: 'statedTotals.0.value',
        message: 'liczba w value (10000) nie zgadza się z liczbą w text „1 000 zł”',
      },
    ],
  },
  {
    name: 'two budget lines of one action for the same year',
    edits: [
      [
        GOAL,
        '          - { year: 2024, value: 30000, text: "30 000 zł" }',
        '          - { year: 2024, value: 30000, text: "30 000 zł" }\n          - { year: 2024, value: 25000, text: "25 000 zł" }',
      ],
    ],
    errors: [
      { file: GOAL, at: '25 000 zł', path: 'tasks.0.actions.0.budget.1', message: 'druga kwota budżetu „budzet-1.1.1” na rok 2024' },
    ],
  },
  {
    name: 'two statistics for the same indicator and year in the diagnosis',
    edits: [
      [
        STATS,
        '          - { year: 2022, kind: statistic, value: 1.5, text: "1,5" }',
        '          - { year: 2022, kind: statistic, value: 1.5, text: "1,5" }\n          - { year: 2021, kind: statistic, value: 44, text: "44" }',
      ],
    ],
    errors: [
      {
        file: STATS,
        at: 'value: 44,',
        path: 'tables.0.indicators.0.values.2',
        message: 'druga wartość z diagnozy miernika „stat-porady” na rok 2021',
      },
    ],
  },
  {
    name: "a broken programme file does not hide its goals' errors",
    edits: [
      [INDEX, 'shortTitle: Program testowy\n', ''],
      [GOAL, 'institution: osrodek-demo', 'institution: osrodek-nieistniejacy'],
    ],
    errors: [
      { file: GOAL, at: 'osrodek-nieistniejacy', path: 'tasks.0.actions.0.implementers.0.institution', message: 'nieznana instytucja' },
      { file: INDEX, at: 'title: Program testowy', path: 'shortTitle', message: 'brak wymaganego pola' },
    ],
  },
  {
    name: 'a report with a broken year is still checked, by the year in its file name',
    edits: [
      [REPORT, 'year: 2024', 'year: "dwa tysiące"'],
      [REPORT, 'value: 7, text: "7 osób"', 'value: 70, text: "7 osób"'],
    ],
    errors: [
      { file: REPORT, at: 'year:', path: 'year', message: 'oczekiwano liczby' },
      { file: REPORT, at: '7 osób', path: 'values.0.value', message: 'liczba w value (70) nie zgadza się z liczbą w text „7 osób”' },
    ],
  },
  {
    name: 'a risk names a goal whose file did not parse: no false "unknown goal"',
    edits: [
      [INDEX, 'statedTotals:', 'risks:\n  - { goal: "2", name: Ryzyko, score: 3, status: Przeciwdziałanie }\nstatedTotals:'],
      [GOAL2, 'id: "2"', 'id: [2]'],
    ],
    errors: [{ file: GOAL2, at: 'id: [2]', path: 'id', message: 'oczekiwano tekstu' }],
  },
  {
    name: 'a number after a broken one in the same list is still checked, at its own line',
    edits: [
      [GOAL, 'value: 1200,', 'value: "sześć",'],
      [GOAL, 'value: 1250, text: "Liczba porad – 1 250"', 'value: 125, text: "Liczba porad – 1 250"'],
    ],
    errors: [
      { file: GOAL, at: '"sześć"', path: 'tasks.0.actions.0.indicators.0.values.0.value', message: 'oczekiwano liczby' },
      {
        file: GOAL,
        at: 'value: 125,',
        path: 'tasks.0.actions.0.indicators.0.values.1.value',
        message: 'liczba w value (125) nie zgadza się',
      },
    ],
  },
  {
    name: 'an action after a broken one keeps its own number in messages (1.1.2, not 1.1.1)',
    edits: [
      [GOAL, '      - title: Działanie A\n', '      - title: 12\n'],
      [
        GOAL,
        'expectedResults:',
        '      - title: Działanie drugie\n        budget:\n          - { year: 2025, value: 5000, text: "5 000 zł" }\n          - { year: 2025, value: 6000, text: "6 000 zł" }\nexpectedResults:',
      ],
    ],
    errors: [
      { file: GOAL, at: 'title: 12', path: 'tasks.0.actions.0.title', message: 'oczekiwano tekstu' },
      { file: GOAL, at: '6 000 zł', path: 'tasks.0.actions.1.budget.1', message: 'druga kwota budżetu „budzet-1.1.2” na rok 2025' },
    ],
  },

  // What must still pass.
  {
    name: 'a value that differs from its text, with the reason',
    edits: [
      [
        GOAL,
        'value: 1200, text: "Liczba porad – 1200"',
        'value: 1200, text: "Liczba porad – 1 020", textDiffers: "tabela podaje 1 020, opis celu 1 200; przyjęto opis"',
      ],
    ],
    errors: [],
  },
  {
    name: 'a negative number the source prints with its minus',
    edits: [[STATS, 'value: 1.5, text: "1,5"', 'value: -1.5, text: "-1,5"']],
    errors: [],
  },
  {
    name: 'a number written in words of magnitude ("1,2 tys.")',
    edits: [[REPORT, 'value: 7, text: "7 osób"', 'value: 1200, text: "1,2 tys. osób"']],
    errors: [],
  },
];

function copyOf(c: Case): string {
  const dir = brokenFixture(...(c.edits ?? []));
  for (const [file, text] of Object.entries(c.files ?? {})) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  for (const [from, to] of c.renames ?? []) renameSync(join(dir, from), join(dir, to));
  return dir;
}

const LINE = /^(\S+):(\d+):(\d+) {2}(\S+) {2}(.*)$/;

describe('npm run check: numbers and identity', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', { timeout: 30_000 }, (_name, c) => {
    const dir = copyOf(c);
    const run = spawnSync(process.execPath, [resolve('scripts/check-content.ts'), dir], { cwd: dir, encoding: 'utf8' });
    const printed = `${run.stdout}\n${run.stderr}`;
    const errors = printed
      .split('\n')
      .map((l) => LINE.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && !m[5]!.startsWith('ostrzeżenie:'))
      .map((m) => ({ file: m[1]!, line: Number(m[2]), path: m[4]!, message: m[5]! }));
    expect(printed).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // no stack trace
    expect(run.status, printed).toBe(c.errors.length > 0 ? 1 : 0);
    expect(errors.map((e) => ({ file: e.file, path: e.path }))).toEqual(c.errors.map((e) => ({ file: e.file, path: e.path })));
    c.errors.forEach((want, i) => {
      expect(errors[i]!.line, `${want.file} ${want.path}`).toBe(lineOf(dir, want.file, want.at));
      expect(errors[i]!.message).toContain(want.message);
    });
  });
});

describe('reading the numbers of a text', () => {
  it.each([
    ['2 506', [2506], [2.506]],
    ['Liczba porad – 1 250', [1250], [1.25]],
    ['810 wszczętych procedur „Niebieskie Karty”', [810], [180]],
    ['W latach 2018-2022 objęto 15 507 mieszkańców', [2018, 2022, 15507], [-2022]],
    ['współczynnik wyniósł: -0,46‰', [-0.46], [0.46]],
    ['około 736 milionów kobiet', [736000000], []],
    ['12.667.680 zł', [12667680], [12.66768]],
    ['1,5 tys. zł', [1500, 1.5], [15]],
    ['cztery artykuły', [], [4]],
  ] as const)('%s', (text, has, hasNot) => {
    const read = numbersIn(text);
    for (const n of has) expect(read).toContain(n);
    for (const n of hasNot) expect(read).not.toContain(n);
    if (has.length === 0) expect(read).toEqual([]);
  });

  it('knows the routes the site publishes whatever the content', () => {
    expect(siteRoutes()).toEqual(
      expect.arrayContaining(['/', '/wskazniki/serie/', '/dane/wskazniki.csv', '/dane/programy.json', '/programy/', '/favicon.svg']),
    );
  });
});

describe("the file() loaders' keys", () => {
  it('refuses a key given twice instead of keeping the last entry', () => {
    expect(
      byUniqueKey(
        [
          { abbr: 'MOPS', full: 'A' },
          { abbr: 'OIK', full: 'B' },
        ],
        'abbr',
        'glossary.yaml',
      ),
    ).toEqual({ MOPS: { abbr: 'MOPS', full: 'A' }, OIK: { abbr: 'OIK', full: 'B' } });
    expect(() =>
      byUniqueKey(
        [
          { abbr: 'MOPS', full: 'A' },
          { abbr: 'MOPS ', full: 'B' },
        ],
        'abbr',
        'glossary.yaml',
      ),
    ).toThrow('glossary.yaml: „MOPS” występuje dwa razy (pole abbr)');
  });
});
