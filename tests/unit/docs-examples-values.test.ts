// The examples in docs/bledy-liczby.md (numbers and identity) are real: each is what `npm run check`
// prints for a broken copy of the fixture. When the wording changes, regenerate them with
//   UPDATE_DOCS=1 npx vitest run --project unit tests/unit/docs-examples-values.test.ts
import { describe } from 'vitest';
import { docExamplesSuite, type Edit, type Example } from '../support/docExamples.ts';

const DOC = 'docs/bledy-liczby.md';
const P = 'programmes/demo-2024-2026';
const GOAL1 = `${P}/goals/1.mdx`;
const GOAL2 = `${P}/goals/2.mdx`;
const REPORT = `${P}/reports/2024.mdx`;

/** The fixture's goals get summaries first, so that only the example's own problem shows. */
const base: Edit[] = [
  [GOAL1, 'title: Cel pierwszy\n', 'title: Cel pierwszy\nsummary: Krótko dla mieszkańców.\n'],
  [GOAL2, 'title: Cel drugi\n', 'title: Cel drugi\nsummary: Krótko dla mieszkańców.\n'],
];
const goalFile = (id: string, order: number, indicator: string) =>
  `---\nid: "${id}"\norder: ${order}\ntitle: Cel ${id}\nsummary: Krótko.\nactions:\n  - title: Działanie ${id}\n    indicators:\n      - id: ${indicator}\n        label: Liczba\n        unit: count\n        unitLabel: osób\n        values:\n          - { year: 2024, kind: target, value: 5, text: "5 osób" }\n---\nOpis.\n`;

/** Example name (as in `<!-- przykład: name -->` in the doc) → how the fixture is broken. */
const EXAMPLES: Record<string, Example> = {
  'ten-sam-adres-celu': {
    edits: [
      [GOAL1, 'id: "1"', 'id: "I"'],
      [GOAL2, 'id: "2"', 'id: "i"'],
    ],
  },
  'cel-bez-adresu': { edits: [[GOAL2, 'id: "2"', 'id: "Ś"']] },
  'ten-sam-adres-miernika': { edits: [[GOAL1, 'id: udzial-a', 'id: Porady-A']] },
  'adres-zajety-przez-serwis': { renames: [[P, 'programmes/serie']] },
  'nazwy-plikow-rozne-wielkoscia-liter': {
    files: { [`${P}/goals/Cel-a.mdx`]: goalFile('3', 3, 'cel-trzy'), [`${P}/goals/cel-a.mdx`]: goalFile('4', 4, 'cel-cztery') },
  },
  'liczba-inna-niz-w-tekscie': {
    edits: [[GOAL1, 'value: 1200, text: "Liczba porad – 1200"', 'value: 2.506, text: "Liczba porad – 2 506"']],
  },
  'zbedne-textdiffers': {
    edits: [[GOAL1, 'text: "Liczba porad – 1 250" }', 'text: "Liczba porad – 1 250", textDiffers: "tak w tabeli" }']],
  },
  'liczba-ujemna': { edits: [[REPORT, 'value: 7, text: "7 osób"', 'value: -7, text: "siedem osób"']] },
  'jednostka-inna-niz-w-tekscie': { edits: [[GOAL1, 'unit: percent', 'unit: count']] },
  'druga-wartosc-na-ten-sam-rok': {
    edits: [
      [
        GOAL1,
        '              - { year: 2025, kind: target, value: 1250',
        '              - { year: 2024, kind: target, value: 12000, text: "Liczba porad – 12 000" }\n              - { year: 2025, kind: target, value: 1250',
      ],
    ],
  },
  'wykonanie-w-celu-i-w-sprawozdaniu': {
    edits: [[GOAL2, 'values: []', 'values: [{ year: 2024, kind: achieved, value: 8, text: "8 osób" }]']],
  },
  'powtorzony-skrot': {
    edits: [['glossary.yaml', '  full: Ośrodek Testowy', '  full: Ośrodek Testowy\n- abbr: OT\n  full: Obszar Testowy']],
  },
  'powtorzona-seria': { edits: [['series.yaml', '  title: Porady', '  title: Porady\n- id: porady\n  title: Porady (druga)']] },
  'rok-sprawozdania-i-nazwa-pliku': { edits: [[REPORT, 'year: 2024', 'year: 2025']] },
  'wszystkie-bledy-pliku': {
    edits: [
      [GOAL1, 'value: 1200,', 'value: "sześć",'],
      [GOAL1, 'institution: osrodek-demo', 'institution: osrodek-nieistniejacy'],
    ],
  },
};

describe('error examples in docs/bledy-liczby.md', () => {
  docExamplesSuite(
    DOC,
    Object.fromEntries(Object.entries(EXAMPLES).map(([name, e]) => [name, { ...e, edits: [...base, ...(e.edits ?? [])] }])),
  );
});
