// Chart specs (src/lib/charts/): what each chart shows, how measures are grouped by unit, and the
// Polish heading and summary sentence computed from the data.
import { describe, expect, it } from 'vitest';
import type { PlacedIndicator, PlacedValue, ProgrammeModel, SiteModel } from '../../src/lib/model.ts';
import type { BudgetRow } from '../../src/lib/budget.ts';
import type { Unit } from '../../src/schemas/indicator.ts';
import { CHART_KIND_ORDER, chartId, clientSpec } from '../../src/lib/charts/spec.ts';
import { CHART_FONT_SIZE, KIND_STYLE, PALETTE, contrast, lineStyles, shorten, wrapLabel, yearPoints } from '../../src/lib/charts/style.ts';
import { changeText, commonLead, legendNames, trendCounts } from '../../src/lib/charts/wording.ts';
import { groupByUnit, splitByScale } from '../../src/lib/charts/grouping.ts';
import { rowsOf, yearsChart } from '../../src/lib/charts/yearsChart.ts';
import { comparisonChart } from '../../src/lib/charts/comparisonChart.ts';
import { budgetCharts } from '../../src/lib/charts/budgetCharts.ts';
import { declarationCharts } from '../../src/lib/charts/declarationCharts.ts';
import { goalCharts } from '../../src/lib/charts/goalCharts.ts';
import { statisticsCharts } from '../../src/lib/charts/statisticsCharts.ts';
import { seriesCharts } from '../../src/lib/charts/seriesChart.ts';
import { indicatorView, seriesView } from '../../src/lib/series.ts';

type V = [year: number | undefined, kind: PlacedValue['kind'], value: number | undefined];

function ind(id: string, label: string, unit: Unit, unitLabel: string, values: V[], place: Partial<PlacedIndicator> = {}): PlacedIndicator {
  return {
    indicator: { id, label, unit, unitLabel, values: [] },
    group: 'action',
    programme: 'p',
    goal: '1',
    task: '1.1',
    action: 'Działanie',
    actionId: '1.1.1',
    section: 's',
    file: 'f',
    path: [],
    values: values.map(([year, kind, value]) => ({
      year,
      time: year === undefined ? { kind: 'none' as const } : { kind: 'year' as const, year },
      kind,
      value,
      text: String(value ?? 'tekst'),
    })),
    ...place,
  };
}

const years = (from: number, values: number[], kind: PlacedValue['kind'] = 'target'): V[] => values.map((v, i) => [from + i, kind, v]);

/** A programme with just enough in it for the builders. */
function programme(
  indicators: PlacedIndicator[],
  extra: Partial<ProgrammeModel['data']> = {},
  goals: ProgrammeModel['goals'] = [],
): ProgrammeModel {
  return {
    slug: 'p',
    file: 'f',
    data: {
      title: 'Program',
      shortTitle: 'Program',
      periodStart: 2024,
      periodEnd: 2030,
      strategicIndicators: [],
      statedTotals: [],
      risks: [],
      ...extra,
    } as unknown as ProgrammeModel['data'],
    organisation: {
      id: 'o',
      file: 'o',
      data: { name: 'Gmina Miejska Kraków', shortName: 'Kraków' },
    } as unknown as ProgrammeModel['organisation'],
    goals,
    reports: [],
    indicators,
  };
}

/** A programme of its own slug, title and period (an edition of a series). */
function edition(slug: string, shortTitle: string, start: number, end: number, indicators: PlacedIndicator[]): ProgrammeModel {
  return { ...programme(indicators, { shortTitle, periodStart: start, periodEnd: end }), slug };
}

/** An indicator in a series. */
const inSeries = (pi: PlacedIndicator, series?: string): PlacedIndicator => ({ ...pi, indicator: { ...pi.indicator, series } });

/** Just enough of a site for seriesView. */
const siteOf = (programmes: ProgrammeModel[]) => ({ programmes }) as unknown as SiteModel;

const blueCards = ind('nk', 'Wszczęte procedury „Niebieskie Karty”', 'count', 'procedur', years(2017, [880, 860, 860, 830]), {
  actionId: '1.2',
  task: undefined,
});

describe('charts over years', () => {
  it('builds a line chart of yearly targets with the summary in Polish', () => {
    const { rows } = rowsOf([blueCards]);
    const spec = yearsChart({ id: 'x', place: 'Kraków', subject: 'Działanie 1.2', caption: 'c', unit: 'count', rows })!;
    expect(spec.type).toBe('line');
    expect(spec.x).toBe('year');
    expect(spec.categories.map((c) => c.label)).toEqual(['2017', '2018', '2019', '2020']);
    expect(spec.datasets).toEqual([
      expect.objectContaining({ kind: 'target', values: [880, 860, 860, 830], label: 'Cel (plan)', href: '/wskazniki/p/nk/' }),
    ]);
    expect(spec.summary).toBe('Kraków — cel: 880 procedur w 2017 r., 830 w 2020 r.; spadek o 50.');
    expect(spec.title).toBe('Działanie 1.2 — Kraków: cel — spadek z 880 do 830 (2017–2020)');
    expect(spec.axes).toEqual({ value: 'Liczba procedur', category: 'Rok' });
    expect(spec.categories.map((c) => c.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(spec.caption).toBe('c — Kraków');
  });

  it('says a rise, no change, and an extreme the first and last values hide', () => {
    const rise = ind('a', 'Rodziny', 'count', 'rodzin', years(2025, [690, 700, 710]));
    expect(yearsChart({ id: 'x', place: 'Kraków', subject: 'S', caption: 'c', unit: 'count', ...rowsOf([rise]) })!.summary).toBe(
      'Kraków — cel: 690 rodzin w 2025 r., 710 w 2027 r.; wzrost o 20.',
    );
    const flat = ind('b', 'Usługi', 'count', 'usług', years(2025, [9910, 9910, 9910]));
    const flatSpec = yearsChart({ id: 'x', place: 'Kraków', subject: 'S', caption: 'c', unit: 'count', ...rowsOf([flat]) })!;
    expect(flatSpec.summary).toBe('Kraków — cel: 9\u00a0910 usług co roku w latach 2025–2027; bez zmian.');
    expect(flatSpec.title).toBe('S — Kraków: cel — stały poziom 9\u00a0910 (2025–2027)');
    const dip = ind('c', 'Rodziny', 'count', 'rodzin', years(2018, [1131, 1059, 978, 1060, 1076], 'statistic'));
    expect(yearsChart({ id: 'x', place: 'Kraków', subject: 'S', caption: 'c', unit: 'count', ...rowsOf([dip]) })!.summary).toBe(
      'Kraków — dane: 1\u00a0131 rodzin w 2018 r., 1\u00a0076 w 2022 r.; spadek o 55; najniższa wartość: 978 w 2020 r.',
    );
  });

  it('counts rising, falling and unchanged measures in the heading and names each in the summary', () => {
    const a = ind('a', 'Posiedzenia', 'count', 'posiedzeń', years(2017, [4, 4, 4, 4]));
    const b = ind('b', 'Grupy robocze', 'count', 'grup', years(2017, [850, 850, 820, 820]));
    const spec = yearsChart({ id: 'x', place: 'Kraków', subject: 'Działanie 1.1', caption: 'c', unit: 'count', ...rowsOf([a, b]) })!;
    expect(spec.title).toBe('Działanie 1.1 — Kraków, liczby: cele — spadek w 1 mierniku, bez zmian w 1 (2017–2020)');
    expect(spec.summary).toBe(
      'Kraków — cele: Posiedzenia — 4 posiedzeń co roku w latach 2017–2020 (bez zmian); Grupy robocze — 850 grup w 2017 r., 820 w 2020 r. (spadek o 30).',
    );
    expect(spec.datasets.map((d) => d.legend)).toEqual(['Posiedzenia — cel', 'Grupy robocze — cel']);
    expect(trendCounts(['rise', 'rise', 'fall', 'same', 'same', 'same'])).toBe('wzrost w 2 miernikach, spadek w 1, bez zmian w 3');
  });

  it('says percent changes in percentage points and states a shared label part once', () => {
    const police = ind('a', 'Udział we wszczętych procedurach: Policja', 'percent', '%', years(2017, [70, 71, 70, 69]));
    const mops = ind('b', 'Udział we wszczętych procedurach: MOPS', 'percent', '%', years(2017, [25, 24, 24, 23.5]));
    const spec = yearsChart({
      id: 'x',
      place: 'Kraków',
      subject: 'Działanie 1.2',
      caption: 'c',
      unit: 'percent',
      ...rowsOf([police, mops]),
    })!;
    expect(spec.title).toBe('Działanie 1.2 — Kraków, odsetki: cele — spadek w 2 miernikach (2017–2020)');
    expect(spec.summary).toBe(
      'Kraków — cele — udział we wszczętych procedurach: Policja — 70% w 2017 r., 69% w 2020 r. (spadek o 1 pkt proc.); MOPS — 25% w 2017 r., 23,5% w 2020 r. (spadek o 1,5 pkt proc.).',
    );
    expect(spec.datasets.map((d) => d.legend)).toEqual(['Policja — cel', 'MOPS — cel']);
    expect(changeText(66.79, 75, 'percent')).toBe('wzrost o 8,21 pkt proc.');
  });

  it('shows targets and achieved values as two lines and compares them', () => {
    const both = ind('a', 'Porady', 'count', 'porad', [
      [2023, 'target', 295],
      [2024, 'target', 300],
      [2023, 'achieved', 310],
    ]);
    const spec = yearsChart({ id: 'x', place: 'Kraków', subject: 'S', caption: 'c', unit: 'count', ...rowsOf([both]) })!;
    expect(spec.datasets.map((d) => [d.kind, d.values])).toEqual([
      ['target', [295, 300]],
      ['achieved', [310, null]],
    ]);
    expect(spec.summary).toContain('w 2023 r. wykonanie 310 wobec celu 295');
    expect(spec.title).toBe('S — Kraków: cele i wykonanie — wzrost w 1 serii (2023–2024)');
  });

  it('does not repeat years the subject already names, and needs two numbers', () => {
    const a = ind('a', 'A', 'count', '', years(2021, [1, 2], 'statistic'));
    const b = ind('b', 'B', 'count', '', years(2021, [3, 3], 'statistic'));
    expect(
      yearsChart({ id: 'x', place: 'Kraków', subject: 'Dane w latach 2021–2022', caption: 'c', unit: 'count', ...rowsOf([a, b]) })!.title,
    ).toBe('Dane w latach 2021–2022 — Kraków, liczby: dane — wzrost w 1 mierniku, bez zmian w 1');
    expect(
      yearsChart({
        id: 'x',
        place: 'Kraków',
        subject: 'S',
        caption: 'c',
        unit: 'count',
        ...rowsOf([ind('c', 'C', 'count', '', [[2021, 'target', 5]])]),
      }),
    ).toBeUndefined();
  });
});

describe('grouping by unit', () => {
  it('groups by unit in order of first appearance and leaves out text and empty measures', () => {
    const groups = groupByUnit([
      ind('a', 'A', 'count', 'osób', [[2024, 'target', 1]]),
      ind('b', 'B', 'percent', '%', [[2024, 'target', 50]]),
      ind('c', 'C', 'text', '', [[2024, 'target', undefined]]),
      ind('d', 'D', 'count', 'porad', [[2024, 'target', 3]]),
      ind('e', 'E', 'count', 'porad', [[2024, 'target', undefined]]),
    ]);
    expect(groups.map((g) => [g.unit, g.indicators.map((i) => i.indicator.id)])).toEqual([
      ['count', ['a', 'd']],
      ['percent', ['b']],
    ]);
  });
});

describe('goal pages', () => {
  it('multi-year programmes: one chart per action and unit, of its measures with two or more years', () => {
    const p = programme([
      ind('a', 'A', 'count', 'osób', years(2017, [1, 2]), { actionId: '1.1' }),
      ind('b', 'B', 'percent', '%', years(2017, [10, 20]), { actionId: '1.1' }),
      ind('c', 'C', 'count', 'osób', [[2017, 'target', 5]], { actionId: '1.1' }),
      ind('d', 'D', 'count', 'osób', years(2017, [3, 3]), { actionId: '1.2' }),
      ind('e', 'E', 'count', 'osób', years(2017, [3, 3]), { actionId: '2.1', goal: '2' }),
    ]);
    const charts = goalCharts(p, '1');
    expect([...charts.byAction.keys()]).toEqual(['1.1', '1.2']);
    expect(charts.byAction.get('1.1')!.map((s) => [s.unit, s.datasets.length])).toEqual([
      ['count', 1],
      ['percent', 1],
    ]);
    expect(charts.byTask.size).toBe(0);
    const ids = [...charts.byAction.values()].flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('single-year programmes: one comparison per task and unit, skipping groups with fewer than two values', () => {
    const p = programme([
      ind('a', 'Liczba porad', 'count', 'porad', [[2024, 'target', 1200]], { task: 'I.1' }),
      ind('b', 'Liczba osób', 'count', 'osób', [[2024, 'target', 1020]], { task: 'I.1' }),
      ind('c', 'Udział', 'percent', '%', [[2024, 'target', 69]], { task: 'I.1' }),
      ind('d', 'Liczba grup', 'count', 'grup', [[2024, 'target', 3]], { task: 'I.2' }),
    ]);
    // "porad" and "osób" are two measures: they never share an axis, so I.1 has no comparison.
    expect(goalCharts(p, '1').byTask.size).toBe(0);
    const q = programme([
      ind('a', 'Liczba porad prawnych', 'count', 'porad', [[2024, 'target', 1200]], { task: 'I.1' }),
      ind('b', 'Liczba porad psychologicznych', 'count', 'porad', [[2024, 'target', 1020]], { task: 'I.1' }),
      ind('c', 'Udział', 'percent', '%', [[2024, 'target', 69]], { task: 'I.1' }),
      ind('d', 'Liczba grup', 'count', 'grup', [[2024, 'target', 3]], { task: 'I.2' }),
    ]);
    const charts = goalCharts(q, '1');
    expect(charts.byAction.size).toBe(0);
    expect([...charts.byTask.keys()]).toEqual(['I.1']);
    const [spec] = charts.byTask.get('I.1')!;
    expect(spec!.unit).toBe('count');
    expect(spec!.type).toBe('bar');
    expect(spec!.horizontal).toBe(true);
    expect(spec!.title).toBe('Zadanie I.1 — Kraków, liczba porad: cele na 2024 r. — od 1\u00a0020 do 1\u00a0200 porad');
    expect(spec!.summary).toBe(
      'Kraków — cele na 2024 r.: Liczba porad prawnych — 1\u00a0200 porad; Liczba porad psychologicznych — 1\u00a0020 porad.',
    );
    expect(spec!.axes).toEqual({ value: 'Liczba porad', category: 'Miernik' });
  });

  it('comparisons leave what all labels share off the axis and never mix units', () => {
    const spec = comparisonChart({
      place: 'Kraków',
      id: 'x',
      subject: 'Zadanie I.2',
      unit: 'percent',
      year: 2024,
      indicators: [
        ind('a', 'Udział w procedurach: Policja', 'percent', '%', [[2024, 'target', 69]]),
        ind('b', 'Udział w procedurach: oświata', 'percent', '%', [[2024, 'target', 4]]),
        ind('c', 'Liczba', 'count', 'osób', [[2024, 'target', 100]]),
      ],
    })!;
    expect(spec.categories.map((c) => [c.label, c.short])).toEqual([
      ['Udział w procedurach: Policja', 'Policja'],
      ['Udział w procedurach: oświata', 'oświata'],
    ]);
    expect(spec.summary).toBe('Kraków — cele na 2024 r. — udział w procedurach: Policja — 69%; oświata — 4%.');
    expect(
      comparisonChart({
        place: 'Kraków',
        id: 'x',
        subject: 'S',
        unit: 'count',
        year: 2024,
        indicators: [ind('c', 'Liczba', 'count', 'osób', [[2024, 'target', 100]])],
      }),
    ).toBeUndefined();
  });
});

describe('programme page', () => {
  it('budget by task, in złoty, with total, highest and lowest', () => {
    const goals = [
      {
        id: 'I',
        file: 'f',
        data: {
          id: 'I',
          title: 'Cel',
          tasks: [
            { id: 'I.1', title: 'pierwsze' },
            { id: 'I.2', title: 'drugie' },
          ],
        },
      },
    ] as unknown as ProgrammeModel['goals'];
    const p = programme([], {}, goals);
    const y = (year: number) => ({ year, time: { kind: 'year' as const, year } });
    const rows = [
      { goal: 'I', task: 'I.1', actionId: 'I.1.1', action: 'a', ...y(2024), value: 30000, text: '' },
      { goal: 'I', task: 'I.1', actionId: 'I.1.2', action: 'b', ...y(2024), value: 10000, text: '' },
      { goal: 'I', task: 'I.2', actionId: 'I.2.1', action: 'c', ...y(2024), value: 640000, text: '' },
      { goal: 'I', task: 'I.2', actionId: 'I.2.1', action: 'c', ...y(2025), value: 5, text: '' },
    ];
    const [spec, ...rest] = budgetCharts(p, rows);
    expect(rest).toHaveLength(0); // 2025 has one task only: no chart
    expect(spec!.unit).toBe('currency');
    expect(spec!.categories.map((c) => c.label)).toEqual(['Zadanie I.1: pierwsze', 'Zadanie I.2: drugie']);
    expect(spec!.datasets[0]!.values).toEqual([40000, 640000]);
    expect(spec!.title).toBe('Planowane środki według zadań na 2024 r. — Kraków: najwięcej — zadanie I.2, 640\u00a0000 zł');
    expect(spec!.summary).toBe(
      'Kraków — razem 680\u00a0000 zł na 2024 r.; najwięcej: zadanie I.2 (640\u00a0000 zł), najmniej: zadanie I.1 (40\u00a0000 zł).',
    );
    expect(changeText(30000, 40000, 'currency')).toBe('wzrost o 10\u00a0000 zł');
  });

  it('results declaration: baseline beside excellent value', () => {
    const p = programme([], {
      strategicIndicators: [
        {
          id: 'W2_W',
          label: 'Odsetek rodzin',
          unit: 'percent',
          unitLabel: '%',
          aim: 'a',
          weight: 0.5,
          values: [
            { year: 2020, kind: 'baseline', value: 0.5, text: '' },
            { kind: 'target', value: 0.1, text: '' },
          ],
        },
      ],
    } as Partial<ProgrammeModel['data']>);
    const [spec] = declarationCharts(p);
    expect(spec!.datasets.map((d) => [d.label, d.values])).toEqual([
      ['Wartość bazowa (2020)', [0.5]],
      ['Wartość znakomita', [0.1]],
    ]);
    expect(spec!.title).toBe('W2_W — Kraków, deklarowany cel: spadek z 0,5% do 0,1%');
    expect(spec!.summary).toBe('Kraków — wartość bazowa (2020): 0,5%; wartość znakomita: 0,1%; spadek o 0,4 pkt proc.');
  });

  it('diagnosis tables: a chart of the measures with years, the rest left for the plain table', () => {
    const stat = (id: string, v: V[], unit: Unit = 'count') =>
      ind(id, id, unit, 'osób', v, { group: 'statistics', context: 'Tabela', goal: undefined, task: undefined, actionId: undefined });
    const p = programme([
      stat('a', years(2021, [1, 2], 'statistic')),
      stat('b', years(2021, [3, 4], 'statistic')),
      stat('c', [[undefined, 'statistic', 25]]),
      stat('d', [[2021, 'statistic', 5]], 'percent'),
    ]);
    p.statistics = { id: 'p', file: 'f', data: { tables: [{ id: 't', title: 'Tabela', source: 'rozdz. 4', indicators: [] }] } };
    const [table] = statisticsCharts(p);
    expect(table!.charts.map((s) => s.datasets.length)).toEqual([2]);
    expect(table!.charts[0]!.caption).toBe('Tabela (rozdz. 4) — Kraków');
    expect(table!.rest.map((r) => r.indicator.id)).toEqual(['c', 'd']);
  });

  it('diagnosis tables: single values side by side only with the same unit wording and year', () => {
    const stat = (id: string, unitLabel: string, v: V) =>
      ind(id, `Kobiety po napaści: ${id}`, 'percent', unitLabel, [v], {
        group: 'statistics',
        context: 'T',
        goal: undefined,
        task: undefined,
        actionId: undefined,
      });
    const p = programme([
      stat('niepokój', '%', [undefined, 'statistic', 50]),
      stat('depresja', '%', [undefined, 'statistic', 36]),
      stat('inne', '%', [2021, 'statistic', 9]),
      stat('x', 'pkt', [undefined, 'statistic', 3]),
    ]);
    p.statistics = { id: 'p', file: 'f', data: { tables: [{ id: 't', title: 'T', source: 's', indicators: [] }] } };
    const [table] = statisticsCharts(p);
    expect(table!.charts).toHaveLength(1);
    const [spec] = table!.charts;
    expect(spec!.categories.map((c) => c.short)).toEqual(['niepokój', 'depresja']);
    expect(spec!.title).toBe('T — Kraków, odsetki: dane — od 36% do 50%');
    expect(spec!.summary).toBe('Kraków — dane — kobiety po napaści: niepokój — 50%; depresja — 36%.');
    expect(table!.rest.map((r) => r.indicator.id)).toEqual(['inne', 'x']);
  });

  it('diagnosis tables: single values without a shared subject are not put side by side', () => {
    const stat = (id: string, label: string, v: V) =>
      ind(id, label, 'percent', '%', [v], { group: 'statistics', context: 'T', goal: undefined, task: undefined, actionId: undefined });
    const p = programme([
      stat('a', 'Odsetek osób w wieku poprodukcyjnym w populacji Krakowa', [2019, 'statistic', 23.6]),
      stat('b', 'Udział kobiet wśród osób w wieku poprodukcyjnym', [2019, 'statistic', 57]),
    ]);
    p.statistics = { id: 'p', file: 'f', data: { tables: [{ id: 't', title: 'T', source: 's', indicators: [] }] } };
    const [table] = statisticsCharts(p);
    expect(table!.charts).toEqual([]);
    expect(table!.rest.map((r) => r.indicator.id)).toEqual(['a', 'b']);
  });
});

describe('values for a range or for each year of one (valueTime.ts)', () => {
  const range = (from: number, to: number, value: number, kind: PlacedValue['kind'] = 'target'): PlacedValue => ({
    time: { kind: 'range', from, to },
    kind,
    value,
    text: String(value),
  });
  const annual = (from: number, to: number, value: number, kind: PlacedValue['kind'] = 'target'): PlacedValue => ({
    time: { kind: 'annual', from, to },
    kind,
    value,
    text: String(value),
  });
  const withValues = (pi: PlacedIndicator, ...values: PlacedValue[]) => ({ ...pi, values: [...pi.values, ...values] });
  const money = (year: number | undefined, value: number, time?: BudgetRow['time']) => ({
    year,
    time: time ?? { kind: 'year' as const, year: year! },
    value,
    text: '',
  });

  it('budget charts: one per time, a range never added into a year, named in words', () => {
    const goals = [
      {
        id: 'I',
        file: 'f',
        data: {
          id: 'I',
          title: 'Cel',
          tasks: [
            { id: 'I.1', title: 'pierwsze' },
            { id: 'I.2', title: 'drugie' },
          ],
        },
      },
    ] as unknown as ProgrammeModel['goals'];
    const p = programme([], {}, goals);
    const whole = { kind: 'range' as const, from: 2024, to: 2030 };
    const rows: BudgetRow[] = [
      { goal: 'I', task: 'I.1', actionId: 'I.1.1', action: 'a', ...money(2024, 100) },
      { goal: 'I', task: 'I.2', actionId: 'I.2.1', action: 'b', ...money(2024, 300) },
      { goal: 'I', task: 'I.1', actionId: 'I.1.1', action: 'a', ...money(undefined, 7000, whole) },
      { goal: 'I', task: 'I.2', actionId: 'I.2.1', action: 'b', ...money(undefined, 5000, whole) },
    ];
    const specs = budgetCharts(p, rows);
    expect(specs.map((s) => s.id)).toEqual(['wykres-budzet-2024', 'wykres-budzet-2024-2030']);
    expect(specs[0]!.datasets[0]!.values).toEqual([100, 300]);
    expect(specs[1]!.datasets[0]!.values).toEqual([7000, 5000]);
    expect(specs[1]!.title).toBe('Planowane środki według zadań w latach 2024–2030 — Kraków: najwięcej — zadanie I.1, 7\u00a0000 zł');
    expect(specs.map((s) => s.summary).join(' ')).not.toMatch(/rocznie|cały okres/);
  });

  it('budget charts: tasks the document does not number are told apart and named by their titles', () => {
    const p = programme([]);
    const rows: BudgetRow[] = [
      { goal: '1', taskKey: '1.1', taskTitle: 'Kampanie', actionId: '1.1.1', action: 'a', ...money(2015, 100) },
      { goal: '1', taskKey: '1.2', taskTitle: 'Szkolenia', actionId: '1.2.1', action: 'b', ...money(2015, 300) },
    ];
    const [spec] = budgetCharts(p, rows);
    expect(spec!.categories.map((c) => c.label)).toEqual(['Zadanie „Kampanie”', 'Zadanie „Szkolenia”']);
    expect(spec!.title).toBe('Planowane środki według zadań na 2015 r. — Kraków: najwięcej — zadanie „Szkolenia”, 300 zł');
  });

  it('charts over years draw only values of one year; an indicator with a range keeps its table row', () => {
    const p = programme([
      withValues(ind('a', 'A', 'count', 'osób', years(2017, [1, 2]), { actionId: '1.1' }), range(2017, 2020, 9)),
      ind('b', 'B', 'count', 'osób', years(2017, [3, 4]), { actionId: '1.1' }),
    ]);
    const charts = goalCharts(p, '1');
    const [spec] = charts.byAction.get('1.1')!;
    expect(spec!.categories.map((c) => c.label)).toEqual(['2017', '2018']);
    expect(spec!.datasets.flatMap((d) => d.values)).not.toContain(9);
    expect([...charts.charted].map((pi) => pi.indicator.id)).toEqual(['b']);
  });

  it('comparisons of one year, or of values without a time, leave ranges and yearly values to the table', () => {
    const stat = (id: string, v: PlacedValue) => ({
      ...ind(id, `Kobiety po napaści: ${id}`, 'percent', '%', [], {
        group: 'statistics' as const,
        context: 'T',
        goal: undefined,
        task: undefined,
        actionId: undefined,
      }),
      values: [v],
    });
    const p = programme([
      stat('a', range(2021, 2022, 50, 'statistic')),
      stat('b', range(2021, 2022, 36, 'statistic')),
      stat('c', annual(2024, 2030, 9, 'statistic')),
      stat('d', annual(2024, 2030, 8, 'statistic')),
    ]);
    p.statistics = { id: 'p', file: 'f', data: { tables: [{ id: 't', title: 'T', source: 's', indicators: [] }] } };
    const [table] = statisticsCharts(p);
    expect(table!.charts).toEqual([]);
    expect(table!.rest.map((r) => r.indicator.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(
      comparisonChart({ place: 'Kraków', id: 'x', subject: 'S', unit: 'percent', year: undefined, indicators: table!.rest }),
    ).toBeUndefined();
  });

  it('goal comparisons: tasks the document does not number are two tasks, named by their titles', () => {
    const goals = [
      {
        id: '1',
        file: 'f',
        data: {
          id: '1',
          title: 'Cel',
          actions: [],
          tasks: [
            { title: 'Kampanie', actions: [{ title: 'Kampania', indicators: [], budget: [], implementers: [], unitCodes: [] }] },
            { title: 'Szkolenia', actions: [{ title: 'Szkolenie', indicators: [], budget: [], implementers: [], unitCodes: [] }] },
          ],
        },
      },
    ] as unknown as ProgrammeModel['goals'];
    const p = programme(
      [
        ind('a', 'Liczba osób', 'count', 'osób', [[2015, 'target', 10]], { task: undefined, actionId: '1.1.1' }),
        ind('b', 'Liczba ulotek', 'count', 'osób', [[2015, 'target', 20]], { task: undefined, actionId: '1.1.1' }),
        ind('c', 'Liczba szkoleń', 'count', 'osób', [[2015, 'target', 3]], { task: undefined, actionId: '1.2.1' }),
        ind('d', 'Liczba uczestników', 'count', 'osób', [[2015, 'target', 10]], { task: undefined, actionId: '1.2.1' }),
      ],
      {},
      goals,
    );
    const charts = goalCharts(p, '1');
    expect([...charts.byTask.keys()]).toEqual(['1.1', '1.2']);
    expect(charts.byTask.get('1.1')![0]!.title).toMatch(/^Zadanie „Kampanie” — Kraków, liczba osób: /);
  });

  it('the declaration names a time other than one year in words', () => {
    const p = programme([], {
      strategicIndicators: [
        {
          id: 'W',
          label: 'Odsetek',
          unit: 'percent',
          unitLabel: '%',
          aim: 'a',
          weight: 1,
          values: [
            { year: 2020, kind: 'baseline', value: 1, text: '' },
            { from: 2024, to: 2030, kind: 'target', value: 2, text: '' },
          ],
        },
      ],
    } as Partial<ProgrammeModel['data']>);
    const [spec] = declarationCharts(p);
    expect(spec!.datasets.map((d) => d.label)).toEqual(['Wartość bazowa (2020)', 'Wartość znakomita (w latach 2024–2030)']);
  });
});

describe('series across editions', () => {
  it('one line per programme and kind; another unit gets its own chart', () => {
    const old = ind('nk', 'Wszczęte', 'count', 'procedur', years(2017, [880, 860, 860, 830]));
    const current = ind('nk', 'Wszczęte', 'count', 'procedur', [
      [2024, 'target', 810],
      [2021, 'statistic', 826],
      [2022, 'statistic', 841],
    ]);
    const other = ind('nk-proc', 'Udział', 'percent', '%', [[2024, 'target', 3]]);
    const site = siteOf([
      edition('inny', 'Inny', 2024, 2030, [inSeries(other, 'nk')]),
      edition('obecny', 'Program 2024–2030', 2024, 2030, [inSeries(current, 'nk')]),
      edition('dawny', 'Program 2017–2020', 2017, 2020, [inSeries(old, 'nk')]),
    ]);
    const view = seriesView(site, { id: 'nk', title: 'Wszczęte procedury „Niebieskie Karty”' });
    const specs = seriesCharts({ id: 'wykres-seria', view });
    expect(specs.map((x) => [x.id, x.unit])).toEqual([
      ['wykres-seria', 'count'],
      ['wykres-seria-2', 'percent'],
    ]);
    const spec = specs[0]!;
    expect(spec.categories.map((c) => c.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2024]);
    expect(spec.datasets.map((d) => [d.label, d.kind, d.values])).toEqual([
      ['Program 2017–2020 — cel (plan)', 'target', [880, 860, 860, 830, null, null, null]],
      ['Program 2024–2030 — cel (plan)', 'target', [null, null, null, null, null, null, 810]],
      ['Program 2024–2030 — dane', 'statistic', [null, null, null, null, 826, 841, null]],
    ]);
    expect(spec.rowHeader).toBe('Seria danych');
    expect(spec.summary).toContain('Program 2017–2020, cel — 880 procedur w 2017 r., 830 w 2020 r. (spadek o 50)');
    expect(spec.title).toBe(
      'Wszczęte procedury „Niebieskie Karty” — Kraków, liczba procedur: cele i dane — wzrost w 1 serii, spadek w 1 (2017–2024)',
    );
    // Each programme has its own period, so the legend names lines by it, after the town.
    expect(spec.datasets.map((d) => d.legend)).toEqual(['Kraków: Cel, 2017–2020', 'Kraków: Cel, 2024–2030', 'Kraków: Dane, 2024–2030']);
    expect(spec.axes).toEqual({ value: 'Liczba procedur', category: 'Rok' });
    expect(specs[1]!.axes.value).toBe('Odsetek (%)');
    expect(specs.every((x) => x.note !== undefined)).toBe(true);
    expect(seriesCharts({ id: 'x', view: { title: 't', members: [], rows: [] } })).toEqual([]);
  });

  it("names one indicator's own lines by the programme's short title alone", () => {
    const p = edition('obecny', 'Program', 2024, 2030, [blueCards]);
    const [spec, more] = seriesCharts({ id: 'x', view: indicatorView(p, blueCards), names: 'programme' });
    expect(more).toBeUndefined();
    expect(spec!.title).toBe('Wszczęte procedury „Niebieskie Karty” — Kraków: cel — spadek z 880 do 830 (2017–2020)');
    expect(spec!.datasets.map((d) => [d.label, d.legend, d.href])).toEqual([
      ['Program — cel (plan)', 'Kraków: Cel, Program', '/wskazniki/obecny/nk/'],
    ]);
  });

  /** An edition in another town. */
  const inTown = (p: ProgrammeModel, shortName: string): ProgrammeModel => ({
    ...p,
    organisation: { id: shortName, file: 'o', data: { name: shortName, shortName } } as unknown as ProgrammeModel['organisation'],
  });
  const twoTowns = (krasnystaw: number[]) =>
    siteOf([
      edition('krk', 'Program Kraków', 2024, 2030, [inSeries(ind('a', 'Szkolenia', 'count', 'szkoleń', [[2024, 'target', 3]]), 's')]),
      inTown(
        edition('kst', 'Program Krasnystaw', 2021, 2030, [
          inSeries(ind('b', 'Szkolenia', 'count', 'szkoleń', years(2021, krasnystaw, 'achieved')), 's'),
        ]),
        'Krasnystaw',
      ),
    ]);

  it('never joins two towns in one line: towns within 10× share a chart, each line named by its town', () => {
    const view = seriesView(twoTowns([1, 2]), { id: 's', title: 'Szkolenia' });
    expect(view.places).toEqual(['Kraków', 'Krasnystaw']);
    // The table's rows: a group per town.
    expect(view.rows.map((r) => [r.place, r.year])).toEqual([
      ['Kraków', 2024],
      ['Krasnystaw', 2021],
      ['Krasnystaw', 2022],
    ]);
    const specs = seriesCharts({ id: 'x', view });
    expect(specs).toHaveLength(1);
    const spec = specs[0]!;
    expect(spec.place).toBe('Kraków i Krasnystaw');
    expect(spec.title).toMatch(/^Szkolenia — Kraków i Krasnystaw, liczba szkoleń: /);
    expect(spec.datasets.map((d) => [d.legend, d.values])).toEqual([
      ['Krasnystaw: Wykonanie, 2021–2030', [1, 2, null]],
      ['Kraków: Cel, 2024–2030', [null, null, 3]],
    ]);
    expect(spec.datasets.map((d) => d.label)).toEqual([
      'Krasnystaw — Program Krasnystaw (2021–2030) — wykonanie',
      'Kraków — Program Kraków (2024–2030) — cel (plan)',
    ]);
    expect(spec.summary).toMatch(
      /^Krasnystaw, Program Krasnystaw \(2021–2030\), wykonanie — 1 szkoleń w 2021 r\., 2 w 2022 r\..*; Kraków, Program Kraków \(2024–2030\), cel — 3 szkoleń w 2024 r\.$/,
    );
    // Every line's values come from one town's programme.
    for (const d of spec.datasets) expect(new Set(view.rows.filter((r) => r.url === d.href).map((r) => r.place)).size).toBe(1);
  });

  it('gives towns more than 10× apart a chart each, so the small one does not lie flat on zero', () => {
    const view = seriesView(twoTowns([40, 45]), { id: 's', title: 'Szkolenia' });
    const specs = seriesCharts({ id: 'x', view });
    expect(specs.map((x) => [x.id, x.place, x.datasets.map((d) => d.legend)])).toEqual([
      ['x', 'Kraków', ['Kraków: Cel, 2024–2030']],
      ['x-2', 'Krasnystaw', ['Krasnystaw: Wykonanie, 2021–2030']],
    ]);
    expect(specs[0]!.summary).toBe('Kraków — cel: 3 szkoleń w 2024 r.');
    expect(specs[1]!.title).toMatch(/^Szkolenia — Krasnystaw: /);
    expect(specs[0]!.note).toMatch(/rząd wielkości/);
  });
});

describe('scale: measures more than 10× apart never share an axis', () => {
  it('splits by magnitude, keeping the order of first appearance', () => {
    expect(splitByScale([4, 3600, 36, 3500, 0], (n) => n)).toEqual([
      [4, 36, 0],
      [3600, 3500],
    ]);
    expect(splitByScale([1, 10], (n) => n)).toEqual([[1, 10]]);
    expect(splitByScale([1, 11], (n) => n)).toEqual([[1], [11]]);
    expect(splitByScale([], (n: number) => n)).toEqual([]);
  });

  it('goal 1 of 2017–2020: "4 posiedzeń" and "3 600 spotkań" are charted apart, each axis titled with its unit', () => {
    const p = programme(
      [
        ind('a', 'Posiedzenia Zespołu', 'count', 'posiedzeń', years(2017, [4, 4, 4, 4]), { actionId: '1.1' }),
        ind('b', 'Posiedzenia zespołów lokalnych', 'count', 'posiedzeń', years(2017, [36, 36, 36, 36]), { actionId: '1.1' }),
        ind('c', 'Spotkania grup', 'count', 'spotkań', years(2017, [3600, 3600, 3500, 3500]), { actionId: '1.1' }),
        ind('d', 'Spotkania w szkołach', 'count', 'spotkań', years(2017, [30, 30, 30, 30]), { actionId: '1.1' }),
      ],
      { periodStart: 2017, periodEnd: 2020 },
    );
    const specs = goalCharts(p, '1').byAction.get('1.1')!;
    expect(specs.map((x) => [x.axes.value, x.title.replace(/:.*/, '')])).toEqual([
      ['Liczba posiedzeń', 'Działanie 1.1 — Kraków, liczba posiedzeń'],
      ['Liczba spotkań', 'Działanie 1.1, Spotkania grup — Kraków'],
      ['Liczba spotkań', 'Działanie 1.1, Spotkania w szkołach — Kraków'],
    ]);
    expect(new Set(specs.map((x) => x.id)).size).toBe(3);
    for (const x of specs) {
      const maxima = x.datasets.map((d) => Math.max(...d.values.filter((v): v is number => v !== null)));
      expect(Math.max(...maxima) / Math.max(1, Math.min(...maxima))).toBeLessThanOrEqual(10);
    }
  });
});

/** CIE L* (0–100) of a colour given as linear RGB. */
const lightness = ([r, g, b]: number[]) => {
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 116 * (y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116) - 16;
};
const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
/** CIELAB of linear RGB (D65). */
const lab = ([r, g, b]: number[]) => {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const deltaE = (a: number[], b: number[]) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
/** Machado, Oliveira & Fernandes (2009) simulation matrices, severity 1, on linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (m: number[][], c: number[]) =>
  m.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((n, k, j) => n + k * c[j]!, 0),
      ),
    ),
  );

describe('style and text helpers', () => {
  it('every colour has 3:1 against white; each differs in greyscale lightness from the next (also last with first)', () => {
    PALETTE.forEach((c, i) => {
      expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(
        Math.abs(lightness(linear(c)) - lightness(linear(PALETTE[(i + 1) % PALETTE.length]!))),
        `${c} and the next`,
      ).toBeGreaterThanOrEqual(12);
    });
  });

  it('the first four colours differ pairwise in greyscale and for protanopia, deuteranopia and tritanopia', () => {
    const first = PALETTE.slice(0, 4).map(linear);
    for (let i = 0; i < first.length; i++)
      for (let j = i + 1; j < first.length; j++) {
        const [a, b] = [first[i]!, first[j]!];
        expect(Math.abs(lightness(a) - lightness(b)), `L* ${i}/${j}`).toBeGreaterThanOrEqual(12);
        for (const [name, m] of Object.entries(CVD))
          expect(deltaE(simulate(m, a), simulate(m, b)), `${name} ${i}/${j}`).toBeGreaterThanOrEqual(15);
      }
  });

  it('no two lines of a chart share both dash and marker, even several of one kind', () => {
    const kinds = CHART_KIND_ORDER.filter((k) => k !== 'budget');
    // Every kind once, then up to four lines of each kind.
    for (const set of [kinds, ...kinds.map((k) => [k, k, k, k]), ['target', 'achieved', 'target', 'achieved', 'statistic'] as const]) {
      const styles = lineStyles(set).map((x) => `${x.dash.join(',')}|${x.point}`);
      expect(new Set(styles).size, set.join(' ')).toBe(styles.length);
    }
    // The kinds differ by dash alone too (a legend read in greyscale).
    expect(new Set(kinds.map((k) => KIND_STYLE[k].dash.join(','))).size).toBe(kinds.length);
    expect(CHART_FONT_SIZE).toBeGreaterThanOrEqual(12);
  });

  it('puts every year on a linear axis: a gap of years stays a gap, never one step', () => {
    expect(yearPoints([2020, 2024], [5, 7])).toEqual([
      { x: 2020, y: 5 },
      { x: 2021, y: null },
      { x: 2022, y: null },
      { x: 2023, y: null },
      { x: 2024, y: 7 },
    ]);
    expect(yearPoints([2017, 2018], [null, 3])).toEqual([
      { x: 2017, y: null },
      { x: 2018, y: 3 },
    ]);
  });

  it('shortens and wraps labels at word boundaries', () => {
    expect(shorten('Liczba osób objętych procedurą „Niebieskie Karty”', 30)).toBe('Liczba osób objętych…');
    expect(wrapLabel('Miejska Komisja Rozwiązywania Problemów Alkoholowych', 20)).toEqual([
      'Miejska Komisja',
      'Rozwiązywania',
      'Problemów…',
    ]);
    expect(legendNames(['Liczba osób objętych procedurą A', 'Liczba osób objętych procedurą B'], 20)).toEqual([
      'Liczba osób objętych procedurą A',
      'Liczba osób objętych procedurą B',
    ]);
    expect(commonLead(['Liczba osób', 'Liczba grup'])).toEqual({ names: ['Liczba osób', 'Liczba grup'] });
    expect(chartId('działanie', 'I.2', 'count')).toBe('wykres-dzialanie-i-2-count');
  });

  it('sends the client only what it draws', () => {
    const spec = yearsChart({ id: 'x', place: 'Kraków', subject: 'S', caption: 'c', unit: 'count', ...rowsOf([blueCards]) })!;
    const client = clientSpec(spec);
    expect(Object.keys(client).sort()).toEqual([
      'axes',
      'categories',
      'datasets',
      'height',
      'horizontal',
      'measures',
      'place',
      'summary',
      'type',
      'unit',
      'x',
    ]);
    expect(client.categories.map((c) => c.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(JSON.stringify(client)).not.toContain('/wskazniki/');
  });
});

describe("series members (the series chart takes src/lib/series.ts's view)", () => {
  it('collects a series from every programme, older editions first, named with their period', () => {
    const withSeries = (id: string, series?: string) => inSeries(ind(id, id, 'count', 'procedur', [[2024, 'target', 1]]), series);
    const site = siteOf([
      edition('new', 'Program przemocy domowej', 2024, 2030, [withSeries('a', 'nk'), withSeries('b')]),
      edition('old', 'Program 2017–2020', 2017, 2020, [withSeries('c', 'nk')]),
    ]);
    expect(seriesView(site, { id: 'nk', title: 'NK' }).members.map((m) => [m.programmeLabel, m.indicator])).toEqual([
      ['Program 2017–2020', 'c'],
      ['Program przemocy domowej (2024–2030)', 'a'],
    ]);
  });
});
