import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { EXPORT_FIELDS, programmeRows, siteRows } from '../../src/lib/exportRows.ts';
import { INDICATOR_FIELDS, indicatorRows, siteIndicatorRows } from '../../src/lib/exportIndicators.ts';
import { ACTION_FIELDS, actionRows, implementerNames, siteActionRows } from '../../src/lib/exportActions.ts';
import { budgetRows, budgetSums, statedVsComputed } from '../../src/lib/budget.ts';
import { yearTable } from '../../src/lib/indicatorTable.ts';

const fixture = resolve('tests/fixtures/content');
const { errors, raw } = checkContent(fixture);
const site = buildSite(raw);
const demo = site.programmes.find((p) => p.slug === 'demo-2024-2026')!;
const przyklad = site.programmes.find((p) => p.slug === 'przyklad-2011-2020')!;

describe('site model and export rows (fixture content)', () => {
  it('the fixture is valid', () => {
    expect(errors).toEqual([]);
  });

  it('has one row per value, budget line, stated total and achieved value — no more, no less', () => {
    const goals = raw.goals.map((g) => g.data);
    const indicatorValues = goals
      .flatMap((g) => [...g.tasks.flatMap((t) => t.actions), ...g.actions])
      .flatMap((a) => [...a.indicators.flatMap((i) => i.values), ...a.budget]);
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
      expect.objectContaining({
        indicator: 'porady-a',
        year: 2024,
        value: 1260,
        goal: '1',
        task: '1.1',
        action: 'Działanie A',
        source: 'Sprawozdanie testowe',
      }),
      expect.objectContaining({
        indicator: 'osoby-b',
        year: 2024,
        value: 7,
        goal: '2',
        task: null,
        action: 'Działanie B',
        source: 'Sprawozdanie testowe',
      }),
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

  it('gives each value the years it covers: one year, a range, or each year of a range; none where the document gives no time', () => {
    const span = (programme: string, indicator: string) =>
      siteRows(site)
        .filter((r) => r.programme === programme && r.indicator === indicator)
        .map((r) => [r.year, r.periodStart, r.periodEnd]);
    expect(span('demo-2024-2026', 'porady-a')).toEqual([
      [2024, 2024, 2024],
      [2025, 2025, 2025],
      [2024, 2024, 2024],
    ]);
    expect(span('demo-2024-2026', 'budzet-2.1')).toEqual([[null, 2024, 2026]]);
    // annual without from/to: each year of the programme's period.
    expect(span('demo-2024-2026', 'rezultat-gala')).toEqual([[null, 2024, 2026]]);
    expect(span('przyklad-2011-2020', 'uczestnicy-kampanii')).toEqual([[null, 2011, 2020]]);
    expect(span('przyklad-2011-2020', 'budzet-1.2.1')).toEqual([[null, 2011, 2020]]);
    expect(span('przyklad-2011-2020', 'osoby-objete-pomoca')).toEqual([]);
  });

  it('lists every indicator once in mierniki, with or without values, keyed to its action by id', () => {
    const rows = siteIndicatorRows(site, 'https://example.org');
    for (const row of rows) expect(Object.keys(row)).toEqual([...INDICATOR_FIELDS]);
    expect(rows.map((r) => `${r.programme}/${r.indicator}`)).toEqual(
      site.programmes.flatMap((p) => p.indicators.map((pi) => `${p.slug}/${pi.indicator.id}`)),
    );
    const row = (programme: string, indicator: string) => rows.find((r) => r.programme === programme && r.indicator === indicator)!;
    expect(row('demo-2024-2026', 'porady-a')).toEqual({
      programme: 'demo-2024-2026',
      organisation: 'demo',
      goal: '1',
      task: '1.1',
      action: '1.1.1',
      indicator: 'porady-a',
      label: 'Liczba porad',
      unit: 'count',
      unitLabel: 'porad',
      series: 'porady',
      implementers: 'Ośrodek Testowy; oświata',
      valueCount: 3,
      url: 'https://example.org/wskazniki/demo-2024-2026/porady-a/',
    });
    // Achieved values from reports count; an indicator the document gives no value has 0.
    expect(row('demo-2024-2026', 'osoby-b')).toMatchObject({ action: '2.1', task: null, valueCount: 1, implementers: null });
    expect(row('przyklad-2011-2020', 'osoby-objete-pomoca')).toMatchObject({
      goal: '1',
      task: null,
      action: '1.1.2',
      valueCount: 0,
      series: null,
    });
    expect(row('przyklad-2011-2020', 'uczestnicy-kampanii')).toMatchObject({ action: '1.1.1', implementers: 'urząd gminy', valueCount: 1 });
    // Budget lines are the action's; stated totals, diagnosis and expected results belong to no action.
    expect(row('przyklad-2011-2020', 'budzet-1.2.1')).toMatchObject({ action: '1.2.1', unit: 'currency', unitLabel: 'zł', valueCount: 1 });
    expect(row('demo-2024-2026', 'koszt-roczny')).toMatchObject({ goal: null, action: null, valueCount: 1 });
    expect(row('demo-2024-2026', 'stat-porady')).toMatchObject({ goal: null, action: null, series: 'porady', valueCount: 2 });
    expect(row('demo-2024-2026', 'rezultat-gala')).toMatchObject({ goal: '1', action: null, unitLabel: null });
    // Every value row's indicator is a row here, and its value count is its number of value rows.
    const values = siteRows(site);
    for (const r of rows)
      expect(r.valueCount, r.indicator).toBe(values.filter((v) => v.programme === r.programme && v.indicator === r.indicator).length);
    expect(indicatorRows(demo, site.institutions)).toEqual(siteIndicatorRows(site).filter((r) => r.programme === demo.slug));
  });

  it('lists every action once in dzialania: schedule as printed and its years, funding, budget total, anchor on the goal page', () => {
    const rows = siteActionRows(site, 'https://example.org');
    for (const row of rows) expect(Object.keys(row)).toEqual([...ACTION_FIELDS]);
    expect(rows.map((r) => `${r.programme}/${r.action}`)).toEqual([
      'demo-2024-2026/1.1.1',
      'demo-2024-2026/2.1',
      'przyklad-2011-2020/1.1.1',
      'przyklad-2011-2020/1.1.2',
      'przyklad-2011-2020/1.2.1',
      'przyklad-2011-2020/1.2.2',
    ]);
    const pick = ({ task, title, schedule, scheduleStart, scheduleEnd, funding, budgetTotal }: (typeof rows)[number]) => ({
      task,
      title,
      schedule,
      scheduleStart,
      scheduleEnd,
      funding,
      budgetTotal,
    });
    expect(actionRows(przyklad, site.institutions).map(pick)).toEqual([
      {
        task: null,
        title: 'Kampania informacyjna',
        schedule: 'III kwartał 2013',
        scheduleStart: 2013,
        scheduleEnd: 2013,
        funding: 'budżet gminy',
        budgetTotal: null,
      },
      {
        task: null,
        title: 'Dyżury specjalistów',
        schedule: '2011–2020',
        scheduleStart: 2011,
        scheduleEnd: 2020,
        funding: 'środki własne ośrodka',
        budgetTotal: null,
      },
      // "corocznie": each year of the programme's period; the yearly amount is added once, as printed.
      {
        task: null,
        title: 'Szkolenia corocznie',
        schedule: 'corocznie',
        scheduleStart: 2011,
        scheduleEnd: 2020,
        funding: null,
        budgetTotal: 2000,
      },
      {
        task: null,
        title: 'Pomoc doraźna',
        schedule: 'w miarę potrzeb',
        scheduleStart: null,
        scheduleEnd: null,
        funding: null,
        budgetTotal: null,
      },
    ]);
    expect(rows[0]).toEqual({
      programme: 'demo-2024-2026',
      organisation: 'demo',
      goal: '1',
      task: '1.1',
      action: '1.1.1',
      title: 'Działanie A',
      implementers: 'Ośrodek Testowy; oświata',
      schedule: null,
      scheduleStart: null,
      scheduleEnd: null,
      funding: null,
      budgetTotal: 30000,
      url: 'https://example.org/programy/demo-2024-2026/cele/1/#dzialanie-1.1.1',
    });
    expect(rows[1]).toMatchObject({
      goal: '2',
      task: null,
      action: '2.1',
      budgetTotal: 12667680,
      url: 'https://example.org/programy/demo-2024-2026/cele/2/#dzialanie-2.1',
    });
  });

  it('names implementers: an institution by its name, another body as printed, none as null', () => {
    expect(implementerNames([{ institution: 'osrodek-demo' }, { name: 'oświata' }], site.institutions)).toBe('Ośrodek Testowy; oświata');
    expect(implementerNames([], site.institutions)).toBeNull();
  });

  it('sums budgets by year and compares them with the stated total without changing either', () => {
    const sums = budgetSums(budgetRows(demo));
    expect(sums).toEqual([
      { time: { kind: 'year', year: 2024 }, sum: 30000 },
      { time: { kind: 'range', from: 2024, to: 2026 }, sum: 12667680 },
    ]);
    expect(statedVsComputed(demo)).toEqual([expect.objectContaining({ stated: 1000, computed: 30000, difference: -29000, year: 2024 })]);
  });

  it('lays values out by year, with the no-year column last', () => {
    const table = yearTable(demo.indicators.filter((p) => p.actionId === '1.1.1' && p.group === 'action'));
    expect(table.columns.map((c) => c.label)).toEqual(['2024', '2025']);
    expect(table.rows[0]!.cells.map((c) => c.map((v) => v.display))).toEqual([['1\u00a0200', '1\u00a0260'], ['1\u00a0250']]);
    expect(table.rows[1]!.cells.map((c) => c.map((v) => v.display))).toEqual([['23,5%'], []]);
  });
});
