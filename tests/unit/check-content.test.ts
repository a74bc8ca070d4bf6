// The content checker on broken copies of the fixture: every problem, with file, line and field.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join, relative, resolve } from 'node:path';
import { checkContent, formatWarnings } from '../../scripts/check/checkContent.ts';
import { allowedKeys } from '../../scripts/check/schemaKeys.ts';
import { closest } from '../../src/lib/suggest.ts';
import { editDistance } from '../../src/lib/text.ts';
import * as schemas from '../../src/schemas/index.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const GOAL = 'programmes/demo-2024-2026/goals/1.mdx';
const errorsOf = (dir: string) => checkContent(dir, dir).errors;
// The fixture's other programme (przyklad-2011-2020) has goals without a summary on purpose: each
// adds a warning to every check of the fixture, which the tests of the demo programme's warnings leave aside.
const OTHER = 'programmes/przyklad-2011-2020/';
const otherWarnings = checkContent(resolve('tests/fixtures/content'), resolve('tests/fixtures/content')).warnings.filter((w) =>
  w.file.startsWith(OTHER),
).length;

describe('content checker', () => {
  it('reports a wrong type with the offending value, at the line of the field', () => {
    const dir = broken([GOAL, 'value: 1200,', 'value: "sześć",']);
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({
      file: GOAL,
      path: 'tasks.0.actions.0.indicators.0.values.0.value',
      message: 'oczekiwano liczby, otrzymano „sześć”',
    });
    expect(e!.line).toBe(lineOf(dir, GOAL, '"sześć"'));
  });

  it('reports a missing required field', () => {
    const dir = broken(['programmes/demo-2024-2026/index.mdx', 'shortTitle: Program testowy\n', '']);
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ path: 'shortTitle', message: 'brak wymaganego pola', line: 2 })]);
  });

  it('reports an unknown key at the key', () => {
    const dir = broken([GOAL, '        implementers:', '        implementors: []\n        implementers:']);
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({
        path: 'tasks.0.actions.0.implementors',
        message: 'nieznane pole „implementors” — czy chodziło o „implementers”?',
        line: lineOf(dir, GOAL, 'implementors'),
      }),
    ]);
  });

  it('reports an unknown institution reference', () => {
    const dir = broken([GOAL, 'institution: osrodek-demo', 'institution: osrodek-nieistniejacy']);
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ path: 'tasks.0.actions.0.implementers.0.institution', line: lineOf(dir, GOAL, 'osrodek-nieistniejacy') }),
    ]);
    expect(errorsOf(dir)[0]!.message).toContain('nieznana instytucja „osrodek-nieistniejacy”');
  });

  it('reports a duplicate indicator id and a year outside the period', () => {
    const dir = broken([GOAL, 'id: udzial-a', 'id: porady-a'], [GOAL, '{ year: 2025, kind: target', '{ year: 2031, kind: target']);
    const errors = errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['tasks.0.actions.0.indicators.0.values.1.year', 'rok 2031 poza okresem programu 2024–2026'],
      ['tasks.0.actions.0.indicators.1.id', expect.stringContaining('powtórzony identyfikator wskaźnika „porady-a”')],
    ]);
  });

  it('refuses a series that would have two values of one kind for one year in one programme (its line shows one per year)', () => {
    const dir = broken([
      GOAL,
      'unit: percent\n            unitLabel: "%"\n            values:\n              - { year: 2024, kind: target, value: 23.5, text: "23,5%" }',
      'unit: count\n            unitLabel: porad\n            series: porady\n            values:\n              - { year: 2024, kind: target, value: 23, text: "23" }',
    ]);
    const errors = errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ['tasks.0.actions.0.indicators.1.values.0.year', lineOf(dir, GOAL, 'value: 23,')],
    ]);
    expect(errors[0]!.message).toContain('seria „porady” ma już w tym programie wartość rodzaju „target” za 2024 r.');
    expect(errors[0]!.message).toContain('porady-a');
  });

  it('reports a report value for an unknown indicator and lists problems of several files at once', () => {
    const dir = broken(
      ['programmes/demo-2024-2026/reports/2024.mdx', 'indicator: osoby-b', 'indicator: osoby-x'],
      ['institutions/osrodek-demo.yaml', 'organisation: demo', 'organisation: 12'],
    );
    const errors = errorsOf(dir);
    expect(errors.map((e) => `${relative(dir, join(dir, e.file))}:${e.path}`)).toEqual([
      'institutions/osrodek-demo.yaml:organisation',
      'programmes/demo-2024-2026/reports/2024.mdx:values.0.indicator',
    ]);
    expect(errors[1]!.line).toBe(lineOf(dir, 'programmes/demo-2024-2026/reports/2024.mdx', 'osoby-x'));
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = broken(['series.yaml', '  title: Porady', '  title: Porady\n  title: Porady drugie']);
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ file: 'series.yaml', path: '(YAML)', line: 3 })]);
  });

  it('suggests the allowed key closest to an unknown one, at any depth, or lists the allowed keys (one message per typo)', () => {
    const dir = broken(
      ['programmes/demo-2024-2026/index.mdx', 'shortTitle:', 'shorttitle:'],
      [GOAL, '            unitLabel: porad', '            unitLable: porad'],
      [GOAL, '          - { year: 2024, value: 30000', '          - { yaer: 2024, value: 30000'],
      ['organisations/demo.yaml', 'shortName: Testowo', 'shortName: Testowo\nherb: lew'],
    );
    expect(errorsOf(dir).map((e) => [e.path, e.message])).toEqual([
      ['herb', 'nieznane pole „herb” (dozwolone pola: name, shortName, voivodeship)'],
      ['tasks.0.actions.0.indicators.0.unitLable', 'nieznane pole „unitLable” — czy chodziło o „unitLabel”?'],
      ['tasks.0.actions.0.budget.0.yaer', 'nieznane pole „yaer” — czy chodziło o „year”?'],
      ['shorttitle', 'nieznane pole „shorttitle” — czy chodziło o „shortTitle”?'],
    ]);
  });

  it('suggests a key inside an implementer (a union of two shapes) too', () => {
    const dir = broken([GOAL, '- institution: osrodek-demo', '- institutin: osrodek-demo']);
    expect(errorsOf(dir).map((e) => [e.path, e.message])).toEqual([
      [
        'tasks.0.actions.0.implementers.0',
        'nieznane pole „institutin” — czy chodziło o „institution”? (podaj „institution: <id>” albo „name: <nazwa>”)',
      ],
    ]);
  });

  it('reports a report value for a year the indicator has no target for (but not for an indicator without targets)', () => {
    const dir = broken(
      [
        'programmes/demo-2024-2026/reports/2024.mdx',
        '  - { indicator: osoby-b, value: 7, text: "7 osób" }',
        '  - { indicator: osoby-b, value: 7, text: "7 osób" }\n  - { indicator: udzial-a, value: 20, text: "20%" }',
      ],
      [GOAL, '{ year: 2024, kind: target, value: 23.5', '{ year: 2025, kind: target, value: 23.5'],
    );
    const errors = errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        'values.1.indicator',
        'wskaźnik „udzial-a” nie ma wartości docelowej na rok 2024 (ma na lata: 2025); sprawdź identyfikator wskaźnika i rok sprawozdania',
      ],
    ]);
    expect(errors[0]!.line).toBe(lineOf(dir, 'programmes/demo-2024-2026/reports/2024.mdx', 'udzial-a'));
  });

  it('warns, without failing, about a goal without description or summary and about placeholders', () => {
    const dir = broken(
      ['programmes/demo-2024-2026/goals/2.mdx', '---\nOpis.', '---\n'],
      [GOAL, 'title: Cel pierwszy', 'title: "UZUPEŁNIJ: tytuł"\nsummary: Krótko dla mieszkańców.'],
    );
    const { errors, warnings } = checkContent(dir, dir);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => !w.file.startsWith(OTHER)).map((w) => `${w.file}:${w.line}:${w.col}  ${w.path}  ${w.message}`)).toEqual([
      `${GOAL}:4:8  title  pole zawiera „UZUPEŁNIJ” — wpisz właściwą treść`,
      'programmes/demo-2024-2026/goals/2.mdx:2:1  summary  cel nie ma streszczenia dla mieszkańców (pole summary)',
      'programmes/demo-2024-2026/goals/2.mdx:16:1  (treść)  cel nie ma opisu pod nagłówkiem (jak działania są realizowane); dopisz go pod drugą linią „---”',
    ]);
    expect(formatWarnings(warnings).split('\n')[0]).toBe(
      `${GOAL}:4:8  title  ostrzeżenie: pole zawiera „UZUPEŁNIJ” — wpisz właściwą treść`,
    );
  });

  it('npm run check exits 0 with warnings only and 1 on errors, printing errors before warnings', () => {
    const run = (dir: string) => spawnSync(process.execPath, [resolve('scripts/check-content.ts'), dir], { cwd: dir, encoding: 'utf8' });
    const ok = run(broken());
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      new RegExp(`summary  ostrzeżenie: cel nie ma streszczenia[\\s\\S]*Treść poprawna: .* Ostrzeżenia: ${2 + otherWarnings} `),
    );
    const bad = run(broken([GOAL, 'value: 1200,', 'value: "sześć",']));
    expect(bad.status).toBe(1);
    const lines = bad.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /^programmes\/demo-2024-2026\/goals\/1\.mdx:\d+:\d+ {2}tasks\.0\.actions\.0\.indicators\.0\.values\.0\.value {2}oczekiwano liczby, otrzymano „sześć”$/,
    );
    expect(lines[1]).toContain('ostrzeżenie:');
    // Goal 1 has no summary: checked although its number is broken (the rest of the file parsed).
    expect(lines.at(-1)).toBe(
      `Treść zawiera błędy: 1. Ostrzeżenia: ${2 + otherWarnings} (nie blokują publikacji, ale warto je poprawić). Popraw błędy i uruchom ponownie „npm run check”.`,
    );
  });
});

describe('did you mean', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('valeus', 'values')).toBe(1);
    expect(editDistance('implementors', 'implementers')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('ignores case and Polish letters, and suggests nothing far-fetched', () => {
    expect(closest('unitlabel', ['unit', 'unitLabel'])).toBe('unitLabel');
    expect(closest('tytuł', ['tytul', 'title'])).toBe('tytul');
    expect(closest('herb', ['name', 'shortName', 'voivodeship'])).toBeUndefined();
    expect(closest('id', ['ids', 'kind'])).toBe('ids');
  });

  it('reads the allowed keys from the zod schema at the path of the problem', () => {
    expect(allowedKeys(schemas.goal, ['tasks', 0, 'actions', 0])).toEqual([
      'id',
      'title',
      'unitCodes',
      'implementers',
      'indicators',
      'budget',
      'schedule',
      'funding',
    ]);
    expect(allowedKeys(schemas.goal, ['actions', 2, 'implementers', 0])).toEqual(['institution', 'name']);
    expect(allowedKeys(schemas.programme, ['strategicIndicators', 0])).toContain('weight');
    expect(allowedKeys(schemas.glossary, [0])).toEqual(['abbr', 'full', 'description']);
    expect(allowedKeys(schemas.goal, ['title'])).toEqual([]);
  });
});

describe('the messages reach editors in VS Code and on GitHub', () => {
  const error =
    'content/programmes/x/goals/1.mdx:21:47  tasks.0.actions.0.indicators.0.values.0.value  oczekiwano liczby, otrzymano „sześć”';
  const warning = 'content/programmes/x/goals/2.mdx:16:1  (treść)  ostrzeżenie: cel nie ma opisu pod nagłówkiem';
  type Pattern = { regexp: string; file: number; line: number; column: number; code: number; message: number };
  /** Which matcher (by severity) takes a line, and what it reads from it. */
  const classify = (matchers: { severity: string; pattern: Pattern | Pattern[] }[], text: string) =>
    matchers.flatMap((m) => {
      const p = [m.pattern].flat()[0]!;
      const found = new RegExp(p.regexp).exec(text);
      return found
        ? [{ severity: m.severity, file: found[p.file], line: found[p.line], code: found[p.code], message: found[p.message] }]
        : [];
    });

  it.each([
    [
      'GitHub Actions',
      () => (JSON.parse(readFileSync('.github/miernik-check-matcher.json', 'utf8')) as { problemMatcher: never[] }).problemMatcher,
    ],
    [
      'the VS Code task',
      () => (JSON.parse(readFileSync('.vscode/tasks.json', 'utf8')) as { tasks: { problemMatcher: never[] }[] }).tasks[0]!.problemMatcher,
    ],
  ])('%s turns each printed line into one problem of the right severity', (_where, matchers) => {
    expect(classify(matchers(), error)).toEqual([
      {
        severity: 'error',
        file: 'content/programmes/x/goals/1.mdx',
        line: '21',
        code: 'tasks.0.actions.0.indicators.0.values.0.value',
        message: 'oczekiwano liczby, otrzymano „sześć”',
      },
    ]);
    expect(classify(matchers(), warning)).toEqual([
      {
        severity: 'warning',
        file: 'content/programmes/x/goals/2.mdx',
        line: '16',
        code: '(treść)',
        message: 'cel nie ma opisu pod nagłówkiem',
      },
    ]);
    expect(classify(matchers(), 'Treść zawiera błędy: 1. Popraw błędy i uruchom ponownie „npm run check”.')).toEqual([]);
  });

  it('CI checks every pull request and push to main; deployment publishes dist/ with the Pages actions', () => {
    type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
    const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
      on: Record<string, { branches?: string[] } | null>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push?.branches).toEqual(['main']);
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
    const runs = steps.map((st) => st.run ?? '').join('\n');
    // Node from .nvmrc (the version the project's own Node dev dependency matches), full history for page dates.
    expect(Number(readFileSync('.nvmrc', 'utf8').trim())).toBeGreaterThanOrEqual(22);
    for (const file of ['ci.yml', 'deploy.yml']) {
      const wf = parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
      const all = Object.values(wf.jobs).flatMap((j) => j.steps);
      const node = all.filter((st) => st.uses?.startsWith('actions/setup-node@'));
      expect(node.length, file).toBeGreaterThan(0);
      for (const st of node) expect(st.with?.['node-version-file'], file).toBe('.nvmrc');
      for (const st of all.filter((x) => x.uses?.startsWith('actions/checkout@'))) expect(st.with?.['fetch-depth'], file).toBe(0);
    }
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm run check'));
    expect(runs.indexOf('npm run check')).toBeLessThan(runs.indexOf('npm test'));

    const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
      on: { push: { branches: string[] } };
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(deploy.on.push.branches).toEqual(['main']);
    const all = Object.values(deploy.jobs).flatMap((j) => j.steps);
    expect(all.find((st) => st.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(all.some((st) => st.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(all.find((st) => st.run?.includes('npm run build'))?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
  });
});

describe('content checker: MDX bodies', () => {
  it('rejects a script in a goal description, at its line in the file', () => {
    const dir = broken([GOAL, 'Opis działań.', 'Opis działań.\n\n<script>alert(1)</script>']);
    const errors = checkContent(dir, dir).errors;
    expect(errors).toEqual([expect.objectContaining({ file: GOAL, path: '(treść)', line: lineOf(dir, GOAL, '<script>') })]);
    expect(errors[0]!.message).toContain('znacznik <script>');
  });
});
