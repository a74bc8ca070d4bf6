// Seed 002 (Kraków 2024–2030) against the export. The 2024 measure tables are read from the seed
// text by code (numbers in the "Mierniki 2024" cells, budgets in zł); the diagnosis statistics,
// being prose and chart data, are held as counts made by reading the source, with spot checks.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportJson } from '../../scripts/lib/dist.ts';

const SLUG = 'krakow-przemoc-domowa-2024-2030';
const seed = readFileSync(resolve(process.cwd(), 'sources/002_b6ca6b9e81e6d108.txt'), 'utf8');
const rows = exportJson().filter((r) => r.programme === SLUG);
const multiset = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** The goal chapter: from goal I's heading to "Monitorowanie i sprawozdawczość". */
const goals = seed.slice(seed.indexOf('I Aktywne i skuteczne współdziałanie'), seed.indexOf('Monitorowanie i sprawozdawczość'));
/** Each task table: from its header row to the next task, expected results or description. */
const tables = [...goals.matchAll(/Działania planowane do realizacji([\s\S]*?)(?=Przewidywane rezultaty|\n\t*[IV]+\.\d Zadanie)/g)].map(
  (m) => m[1]!,
);
const MONEY = /(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*zł/g;

function tableNumbers(table: string): { measures: number[]; budgets: number[] } {
  const budgets = [...table.matchAll(MONEY)].map((m) => Number(m[1]!.replace(/\s/g, '')));
  const rest = table
    .replace(MONEY, ' ')
    .replace(/\b[A-Z]+\/[A-Z]+(?:\/\d+)?/g, ' ') // unit codes: MOPS/PRZ/01, OIK/PJB
    .replace(/Mierniki 2024|działania 2024/g, ' '); // column headings name the year
  const measures = [...rest.matchAll(/\d{1,3}(?:[ \u00a0]\d{3})+|\d+/g)].map((m) => Number(m[0].replace(/\s/g, '')));
  return { measures, budgets };
}

describe('Kraków 2024–2030 (seed 002) in the export', () => {
  const parsed = tables.map(tableNumbers);

  it('finds the 17 task tables of goals I–V', () => {
    expect(tables).toHaveLength(17);
  });

  it('every 2024 measure of the task tables is a 2024 target row, exactly once', () => {
    const seedMeasures = parsed.flatMap((p) => p.measures);
    const exported = rows.filter((r) => r.kind === 'target' && r.year === 2024).map((r) => r.value!);
    expect(multiset(exported)).toEqual(multiset(seedMeasures));
  });

  it('every 2024 budget line is a budget row of 2024, exactly once, plus the stated annual cost', () => {
    const seedBudgets = parsed.flatMap((p) => p.budgets);
    expect(seedBudgets).toHaveLength(10);
    const exported = rows.filter((r) => r.kind === 'budget');
    expect(multiset(exported.filter((r) => r.indicator !== 'koszt-roczny').map((r) => r.value!))).toEqual(multiset(seedBudgets));
    expect(exported.every((r) => r.year === 2024 && r.unit === 'currency')).toBe(true);
    const stated = /wynosi ([\d\s]+) złotych/.exec(seed)![1]!.replace(/\s/g, '');
    expect(exported.find((r) => r.indicator === 'koszt-roczny')?.value).toBe(Number(stated));
  });

  it('has as many values of each kind as the source states', () => {
    // Counted by reading the source: 56 measures of 2024 (parsed above), 24 expected annual results
    // (one of them, "1/5", a ratio kept as text), 2 excellent values of the results declaration;
    // 2 baselines (W2_W 0,5%, W12_W 66,79%, each given twice: "wartość bazowa" = "wartość za 2020");
    // 132 statistics of the diagnosis (Tabela nr 1: 10; chart data: 8 + 12 + 10; prose of 4.1–4.2 and the
    // goal descriptions: 92); 10 budget lines and the stated annual cost.
    const count = (kind: string, numeric = true) => rows.filter((r) => r.kind === kind && (r.value !== null) === numeric).length;
    expect(count('target')).toBe(56 + 23 + 2);
    expect(count('target', false)).toBe(1);
    expect(count('baseline')).toBe(2);
    expect(count('statistic')).toBe(132);
    expect(count('budget')).toBe(11);
    expect(count('achieved')).toBe(0);
  });

  it.each([
    ['wszczęte procedury 2024', { kind: 'target', year: 2024, value: 810 }],
    ['Policja 69%', { kind: 'target', year: 2024, value: 69, unit: 'percent' }],
    ['ulotki/broszury', { kind: 'target', year: 2024, value: 1000 }],
    ['SOW budget', { kind: 'budget', year: 2024, value: 454800 }],
    ['W12_W baseline', { kind: 'baseline', year: 2020, value: 66.79, unit: 'percent' }],
    ['W2_W excellent value', { kind: 'target', year: null, value: 0.1, unit: 'percent' }],
    ['wszczęte 2021', { kind: 'statistic', year: 2021, value: 826 }],
    ['prowadzone 2022', { kind: 'statistic', year: 2022, value: 1194 }],
    ['families 2018', { kind: 'statistic', year: 2018, value: 1131 }],
    ['residents 2022', { kind: 'statistic', year: 2022, value: 803282 }],
    ['Policja share 2021 (chart data 0.554)', { kind: 'statistic', year: 2021, value: 55.4, unit: 'percent' }],
    ['natural increase ‰', { kind: 'statistic', value: -0.46 }],
    ['helped 2018–2022', { kind: 'statistic', year: null, value: 15507 }],
    ['OIK interventions 2021', { kind: 'statistic', year: 2021, value: 1893 }],
    ['therapy meetings 2021', { kind: 'statistic', year: 2021, value: 8579 }],
  ])('%s', (_name, expected) => {
    expect(rows).toContainEqual(expect.objectContaining(expected));
  });

  it('keeps the ratio 1/5 as its wording', () => {
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'target', value: null, text: expect.stringContaining('1/5') }));
  });
});
