// The content checker on broken copies of the fixture: every problem, with file, line and field.
import { afterEach, describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const GOAL = 'programmes/demo-2024-2026/goals/1.mdx';
const errorsOf = (dir: string) => checkContent(dir, dir).errors;

describe('content checker', () => {
  it('reports a wrong type with the offending value, at the line of the field', () => {
    const dir = broken([GOAL, 'value: 1200,', 'value: "sześć",']);
    const [e] = errorsOf(dir);
    expect(e).toMatchObject({ file: GOAL, path: 'tasks.0.actions.0.indicators.0.values.0.value', message: 'oczekiwano liczby, otrzymano „sześć”' });
    expect(e!.line).toBe(lineOf(dir, GOAL, '"sześć"'));
  });

  it('reports a missing required field', () => {
    const dir = broken(['programmes/demo-2024-2026/index.mdx', 'shortTitle: Program testowy\n', '']);
    expect(errorsOf(dir)).toEqual([expect.objectContaining({ path: 'shortTitle', message: 'brak wymaganego pola', line: 2 })]);
  });

  it('reports an unknown key at the key', () => {
    const dir = broken([GOAL, '        implementers:', '        implementors: []\n        implementers:']);
    expect(errorsOf(dir)).toEqual([
      expect.objectContaining({ path: 'tasks.0.actions.0.implementors', message: 'nieznane pole „implementors”', line: lineOf(dir, GOAL, 'implementors') }),
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
    const dir = broken(
      [GOAL, 'id: udzial-a', 'id: porady-a'],
      [GOAL, '{ year: 2025, kind: target', '{ year: 2031, kind: target'],
    );
    const errors = errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['tasks.0.actions.0.indicators.0.values.1.year', 'rok 2031 poza okresem programu 2024–2026'],
      ['tasks.0.actions.0.indicators.1.id', expect.stringContaining('powtórzony identyfikator wskaźnika „porady-a”')],
    ]);
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
});
