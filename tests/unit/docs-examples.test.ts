// The error examples in docs/bledy.md are real: each one is what `npm run check` prints for a
// broken copy of the fixture. When the checker's wording changes, regenerate them with
//   UPDATE_DOCS=1 npx vitest run --project unit tests/unit/docs-examples.test.ts
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { checkReport } from '../../scripts/check/report.ts';
import { FIXTURE } from '../support/fixtures.ts';

const DOC = 'docs/bledy.md';
const GOAL1 = 'programmes/demo-2024-2026/goals/1.mdx';
const GOAL2 = 'programmes/demo-2024-2026/goals/2.mdx';
const INDEX = 'programmes/demo-2024-2026/index.mdx';
const REPORT = 'programmes/demo-2024-2026/reports/2024.mdx';

type Edit = [file: string, from: string, to: string];

/** The fixture's goals get summaries first, so that only the example's own problem shows. */
const base: Edit[] = [
  [GOAL1, 'title: Cel pierwszy\n', 'title: Cel pierwszy\nsummary: Krótko dla mieszkańców.\n'],
  [GOAL2, 'title: Cel drugi\n', 'title: Cel drugi\nsummary: Krótko dla mieszkańców.\n'],
];

/** Example name (as in `<!-- przykład: name -->` in the doc) → the edits that break the fixture. */
export const EXAMPLES: Record<string, Edit[]> = {
  'liczba-ze-spacja': [[GOAL1, 'value: 1200,', 'value: 1 200,']],
  'przecinek-w-liczbie': [[GOAL1, 'value: 23.5,', 'value: 23,5,']],
  'literowka-w-nazwie-pola': [[GOAL1, '        implementers:', '        implementors:']],
  'nieznane-pole': [['organisations/demo.yaml', 'shortName: Testowo', 'shortName: Testowo\nherb: lew']],
  'brak-pola': [[INDEX, 'shortTitle: Program testowy\n', '']],
  'nieznana-instytucja': [[GOAL1, 'institution: osrodek-demo', 'institution: osrodek-testowy']],
  'rok-poza-okresem': [[GOAL1, '{ year: 2025, kind: target', '{ year: 2027, kind: target']],
  'powtorzony-identyfikator': [[GOAL1, 'id: udzial-a', 'id: porady-a']],
  'blad-skladni': [['institutions/osrodek-demo.yaml', 'text: "10 miejsc schronienia"', 'text: "10 miejsc schronienia']],
  'sprawozdanie-bez-celu-na-ten-rok': [
    [GOAL1, '{ year: 2024, kind: target, value: 23.5', '{ year: 2025, kind: target, value: 23.5'],
    [REPORT, '  - { indicator: osoby-b, value: 7, text: "7 osób" }', '  - { indicator: osoby-b, value: 7, text: "7 osób" }\n  - { indicator: udzial-a, value: 21, text: "21%" }'],
  ],
  ostrzezenia: [
    [GOAL2, '---\nOpis.', '---\n'],
    [GOAL1, 'label: Udział', 'label: "UZUPEŁNIJ: nazwa miernika"'],
  ],
};

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * What `npm run check` prints (scripts/check-content.ts prints checkReport's text and nothing else),
 * run in a folder whose content/ is the broken fixture.
 */
function printed(edits: Edit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'miernik-docs-'));
  made.push(root);
  const content = join(root, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  for (const [file, from, to] of [...base, ...edits]) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`docs example: "${from}" not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  return `$ npm run check\n${checkReport(checkContent(content, root)).text}`;
}

// A quoted example: the marker, then a text code block that never runs into the next fence.
const BLOCK = /(<!-- przykład: ([\w-]+) -->\n```text\n)((?:(?!```)[\s\S])*?)\n?(```)/g;

describe('error examples in docs/bledy.md', () => {
  const doc = readFileSync(DOC, 'utf8');
  const quoted = new Map([...doc.matchAll(BLOCK)].map((m) => [m[2]!, m[3]!]));

  if (process.env.UPDATE_DOCS) {
    it('rewrites the examples', () => {
      writeFileSync(DOC, doc.replace(BLOCK, (_all, open: string, name: string, _old: string, close: string) => `${open}${printed(EXAMPLES[name] ?? [])}\n${close}`));
    }, 60_000);
    return;
  }

  it('quotes every example, and only those', () => {
    expect([...quoted.keys()].sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(Object.keys(EXAMPLES))('„%s” is what the checker prints', (name) => {
    expect(quoted.get(name)).toBe(printed(EXAMPLES[name]!));
  });
});
