// The error examples in docs/bledy.md are real: each one is what `npm run check` prints for a
// broken copy of the fixture. When the checker's wording changes, regenerate them with
//   UPDATE_DOCS=1 npx vitest run --project unit tests/unit/docs-examples.test.ts
import { describe } from 'vitest';
import { docExamplesSuite, type Edit } from '../support/docExamples.ts';

const DOC = 'docs/bledy.md';
const GOAL1 = 'programmes/demo-2024-2026/goals/1.mdx';
const GOAL2 = 'programmes/demo-2024-2026/goals/2.mdx';
const INDEX = 'programmes/demo-2024-2026/index.mdx';
const REPORT = 'programmes/demo-2024-2026/reports/2024.mdx';

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
    [
      REPORT,
      '  - { indicator: osoby-b, value: 7, text: "7 osób" }',
      '  - { indicator: osoby-b, value: 7, text: "7 osób" }\n  - { indicator: udzial-a, value: 21, text: "21%" }',
    ],
  ],
  ostrzezenia: [
    [GOAL2, '---\nOpis.', '---\n'],
    [GOAL1, 'label: Udział', 'label: "UZUPEŁNIJ: nazwa miernika"'],
  ],
};

describe('error examples in docs/bledy.md', () => {
  docExamplesSuite(DOC, Object.fromEntries(Object.entries(EXAMPLES).map(([name, edits]) => [name, { edits: [...base, ...edits] }])));
});
