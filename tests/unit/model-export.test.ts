import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { EXPORT_FIELDS, programmeRows, siteRows } from '../../src/lib/exportRows.ts';
import { budgetRows, budgetSums, statedVsComputed } from '../../src/lib/budget.ts';
import { yearTable } from '../../src/lib/indicatorTable.ts';

const fixture = resolve('tests/fixtures/content');
const { errors, raw } = checkContent(fixture);
const site = buildSite(raw);
const demo = site.programmes[0]!;

describe('site model and export rows (fixture content)', () => {
  it('the fixture is valid', () => {
    expect(errors).toEqual([]);
  });

  it('has one row per value, budget line, stated total and achieved value — no more, no less', () => {
    const goals = raw.goals.map((g) => g.data);
    const indicatorValues = goals.flatMap((g) => [
      ...g.tasks.flatMap((t) => t.actions),
      ...g.actions,
    ]).flatMap((a) => [...a.indicators.flatMap((i) => i.values), ...a.budget]);
    const expected = goals.flatMap((g) => g.expectedResults.flatMap((r) => r.indicators.flatMap((i) => i.values)));
    const stats = raw.statistics.flatMap((s) => s.data.tables.flatMap((t) => t.indicators.flatMap((i) => i.values)));
    const totals = raw.programmes.flatMap((p) => p.data.statedTotals);
    const achieved = raw.reports.flatMap((r) => r.data.values);
    const rows = siteRows(site);
    expect(rows).toHaveLength(indicatorValues.length + expected.length + stats.length + totals.length + achieved.length);
    const budgetLines = goals.flatMap((g) => [...g.tasks.flatMap((t) => t.actions), ...g.actions]).flatMap((a) => a.budget);
    expect(budgetLines.length).toBeGreaterThan(1);
    expect(rows.filter((r) => r.kind === 'budget')).toHaveLength(budgetLines.length + totals.length);
    expect(rows.filter((r) => r.kind === 'achieved')).toEqual([
      expect.objectContaining({ indicator: 'osoby-b', year: 2024, value: 7, goal: '2', task: null, action: 'Działanie B', source: 'Sprawozdanie testowe' }),
    ]);
  });

  it('keeps the field order of the contract and nulls for empty cells', () => {
    const rows = programmeRows(demo);
    for (const row of rows) expect(Object.keys(row)).toEqual([...EXPORT_FIELDS]);
    const period = rows.find((r) => r.indicator === 'budzet-2.1')!;
    expect(period).toMatchObject({ year: null, kind: 'budget', value: 12667680, unit: 'currency', goal: '2', task: null });
    const text = rows.find((r) => r.indicator === 'rezultat-gala')!;
    expect(text).toMatchObject({ value: null, year: null, unit: 'text', text: 'Organizacja gali' });
    expect(rows.find((r) => r.indicator === 'porady-a' && r.year === 2025)?.url).toBe('/wskazniki/demo-2024-2026/porady-a/');
  });

  it('sums budgets by year and compares them with the stated total without changing either', () => {
    const sums = budgetSums(budgetRows(demo));
    expect(sums).toEqual([{ time: { kind: 'year', year: 2024 }, sum: 30000 }, { time: { kind: 'range', from: 2024, to: 2026 }, sum: 12667680 }]);
    expect(statedVsComputed(demo)).toEqual([
      expect.objectContaining({ stated: 1000, computed: 30000, difference: -29000, year: 2024 }),
    ]);
  });

  it('lays values out by year, with the no-year column last', () => {
    const table = yearTable(demo.indicators.filter((p) => p.actionId === '1.1.1' && p.group === 'action'));
    expect(table.columns.map((c) => c.label)).toEqual(['2024', '2025']);
    expect(table.rows[0]!.cells.map((c) => c.map((v) => v.display))).toEqual([['1 200'], ['1 250']]);
    expect(table.rows[1]!.cells.map((c) => c.map((v) => v.display))).toEqual([['23,5%'], []]);
  });
});
