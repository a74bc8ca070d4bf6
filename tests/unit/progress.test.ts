import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite, type RawContent, type SiteModel } from '../../src/lib/model.ts';
import { directionOf, indicatorProgress, programmeProgress, siteProgress, verdict, type ProgressEntry } from '../../src/lib/progress.ts';
import { indicatorNotes, programmeReporting, ratioPercent, siteReporting, yearEnded, yearRuns } from '../../src/lib/reporting.ts';
import { PROGRESS_FIELDS, progressRow, siteProgressRows } from '../../src/lib/exportProgress.ts';
import type { IndicatorValue } from '../../src/schemas/indicator.ts';
import { forYears, onYears, progressText } from '../../src/i18n/progress.pl.ts';

const { raw } = checkContent(resolve('tests/fixtures/content'));
const clone = <T>(x: T): T => structuredClone(x);

/** The fixture's demo goals, with `edit` applied to each indicator. */
type Edit = (indicator: { id: string; values: IndicatorValue[]; series?: string; direction?: 'higher' | 'lower'; unit: string }) => void;

/**
 * The fixture plus an earlier edition of the demo programme (2021–2023): same goals and series, its
 * own targets (porady-a: 2 for 2022), in the municipality `organisation` (the demo's by default).
 */
function withEarlierEdition(
  options: { organisation?: string; edit?: Edit; report?: RawContent['reports'][number]['data'] } = {},
): RawContent {
  const r = clone(raw);
  const p = r.programmes.find((x) => x.id === 'demo-2024-2026')!;
  const earlier = {
    ...clone(p),
    id: 'demo-2021-2023',
    data: {
      ...clone(p.data),
      shortTitle: 'Program testowy 2021–2023',
      periodStart: 2021,
      periodEnd: 2023,
      statedTotals: [],
      organisation: options.organisation ?? p.data.organisation,
    },
  };
  const goals = r.goals
    .filter((g) => g.programme === p.id)
    .map((g) => {
      const copy = { ...clone(g), id: g.id.replace(p.id, earlier.id), programme: earlier.id };
      for (const t of copy.data.tasks)
        for (const a of t.actions)
          for (const ind of a.indicators) {
            if (ind.id === 'porady-a') ind.values = [{ year: 2022, kind: 'target', value: 2, text: '2 porady' }];
            options.edit?.(ind);
          }
      return copy;
    });
  const reports = options.report
    ? [{ id: `${earlier.id}/${options.report.year}`, programme: earlier.id, file: 'r.mdx', data: options.report }]
    : [];
  return { ...r, programmes: [...r.programmes, earlier], goals: [...r.goals, ...goals], reports: [...r.reports, ...reports] };
}

const entriesOf = (site: SiteModel, programme: string, indicator: string) => {
  const p = site.programmes.find((x) => x.slug === programme)!;
  return indicatorProgress(
    site,
    p.indicators.find((pi) => pi.indicator.id === indicator)!,
  );
};
const brief = (e: ProgressEntry) => ({
  time: e.time.kind === 'year' ? e.time.year : e.time.kind === 'range' ? `${e.time.from}-${e.time.to}` : e.time.kind,
  target: e.target?.value,
  achieved: e.measured?.value,
  from: e.measured && `${e.measured.kind}:${e.measured.programme}/${e.measured.indicator}`,
  status: e.status,
  ratio: e.ratio,
});

describe('verdict: achieved against target', () => {
  it.each([
    // target, achieved, direction, status, ratio
    [1200, 1260, 'higher', 'exceeded', 1.05],
    [1200, 1200, 'higher', 'achieved', 1],
    [1200, 1199, 'higher', 'not-achieved', 1199 / 1200],
    [10, 5, 'lower', 'exceeded', 0.5],
    [10, 10, 'lower', 'achieved', 1],
    [10, 11, 'lower', 'not-achieved', 1.1],
    [0.1, 0.5, 'lower', 'not-achieved', 5],
    [1200, 1260, undefined, 'no-direction', 1.05],
    [1200, 900, undefined, 'no-direction', 0.75],
  ] as const)('target %d, achieved %d, direction %s → %s', (target, achieved, direction, status, ratio) => {
    expect(verdict(target, achieved, direction)).toEqual({ status, ratio });
  });

  it('has no tolerance: 99,9% of the target is not achieved, and the ratio is exact', () => {
    expect(verdict(1000, 999, 'higher')).toEqual({ status: 'not-achieved', ratio: 0.999 });
    expect(verdict(3, 1, 'higher').ratio).toBe(1 / 3);
  });

  it('gives no ratio for a target of 0, but still a verdict by the direction', () => {
    expect(verdict(0, 0, 'lower')).toEqual({ status: 'achieved', ratio: undefined });
    expect(verdict(0, 2, 'lower')).toEqual({ status: 'not-achieved', ratio: undefined });
    expect(verdict(0, 2, 'higher')).toEqual({ status: 'exceeded', ratio: undefined });
  });
});

describe('progress of the fixture', () => {
  const site = buildSite(raw);

  it('takes the direction from the indicator first, then from its series, else none', () => {
    const demo = site.programmes.find((p) => p.slug === 'demo-2024-2026')!;
    const pi = (id: string) => demo.indicators.find((x) => x.indicator.id === id)!;
    expect(directionOf(site, pi('porady-a'))).toBe('higher'); // series „porady”
    expect(directionOf(site, pi('udzial-a'))).toBeUndefined(); // no series, none declared
    const own = { ...pi('porady-a'), indicator: { ...pi('porady-a').indicator, direction: 'lower' as const } };
    expect(directionOf(site, own)).toBe('lower');
  });

  it('compares a one-year target with the report of that year, in the direction of the series', () => {
    expect(entriesOf(site, 'demo-2024-2026', 'porady-a').map(brief)).toEqual([
      { time: 2024, target: 1200, achieved: 1260, from: 'achieved:demo-2024-2026/porady-a', status: 'exceeded', ratio: 1.05 },
      { time: 2025, target: 1250, achieved: undefined, from: undefined, status: 'no-value', ratio: undefined },
    ]);
    expect(entriesOf(site, 'demo-2024-2026', 'porady-a')[0]!.measured!.source).toBe('Sprawozdanie testowe');
  });

  it('gives no status to a target in words, for each year of a yearly target', () => {
    expect(entriesOf(site, 'demo-2024-2026', 'rezultat-gala').map(brief)).toEqual(
      [2024, 2025, 2026].map((time) => ({
        time,
        target: undefined,
        achieved: undefined,
        from: undefined,
        status: 'text',
        ratio: undefined,
      })),
    );
  });

  it('lists a reported value without a target, and a range target only against a value for the same range', () => {
    expect(entriesOf(site, 'demo-2024-2026', 'osoby-b').map(brief)).toEqual([
      { time: 2024, target: undefined, achieved: 7, from: 'achieved:demo-2024-2026/osoby-b', status: 'no-target', ratio: undefined },
    ]);
    expect(entriesOf(site, 'przyklad-2011-2020', 'uczestnicy-kampanii').map(brief)).toEqual([
      { time: '2011-2020', target: 500, achieved: undefined, from: undefined, status: 'no-value', ratio: undefined },
    ]);
    expect(entriesOf(site, 'demo-2024-2026', 'udzial-a').map(brief)).toEqual([
      { time: 2024, target: 23.5, achieved: undefined, from: undefined, status: 'no-value', ratio: undefined },
    ]);
  });

  it('has no entries for diagnosis data, budgets and indicators without targets or reports', () => {
    for (const id of ['stat-porady', 'budzet-1.1.1', 'koszt-roczny']) expect(entriesOf(site, 'demo-2024-2026', id), id).toEqual([]);
    expect(entriesOf(site, 'przyklad-2011-2020', 'osoby-objete-pomoca')).toEqual([]);
  });

  it('writes one export row per entry with the contract columns, in order', () => {
    const rows = siteProgressRows(site, 'https://example.org');
    expect(rows).toHaveLength(siteProgress(site).length);
    expect(Object.keys(rows[0]!)).toEqual([...PROGRESS_FIELDS]);
    expect(rows.find((r) => r.indicator === 'porady-a' && r.year === 2024)).toEqual({
      programme: 'demo-2024-2026',
      organisation: 'demo',
      indicator: 'porady-a',
      label: 'Liczba porad',
      unit: 'count',
      unitLabel: 'porad',
      year: 2024,
      periodStart: 2024,
      periodEnd: 2024,
      target: 1200,
      targetText: 'Liczba porad – 1200',
      achieved: 1260,
      achievedText: '1 260 porad',
      achievedKind: 'achieved',
      achievedProgramme: 'demo-2024-2026',
      achievedIndicator: 'porady-a',
      achievedSource: 'Sprawozdanie testowe',
      direction: 'higher',
      status: 'exceeded',
      ratio: 1.05,
      url: 'https://example.org/wskazniki/demo-2024-2026/porady-a/',
    });
    const range = rows.find((r) => r.indicator === 'uczestnicy-kampanii')!;
    expect([range.year, range.periodStart, range.periodEnd, range.achieved, range.status]).toEqual([null, 2011, 2020, null, 'no-value']);
  });
});

describe('progress across editions of a series', () => {
  it("takes an earlier edition's measured value from a later edition's diagnosis data (same municipality, same year), naming it", () => {
    const site = buildSite(withEarlierEdition());
    const [e] = entriesOf(site, 'demo-2021-2023', 'porady-a');
    expect(brief(e!)).toEqual({
      time: 2022,
      target: 2,
      achieved: 1.5,
      from: 'statistic:demo-2024-2026/stat-porady',
      status: 'not-achieved',
      ratio: 0.75,
    });
    expect(e!.measured!.source).toBe('Dokument testowy, Tabela 1');
    expect(progressRow(e!)).toMatchObject({
      achievedKind: 'statistic',
      achievedProgramme: 'demo-2024-2026',
      achievedIndicator: 'stat-porady',
      achievedSource: 'Dokument testowy, Tabela 1',
    });
  });

  it('prefers a report to diagnosis data', () => {
    const report = {
      year: 2022,
      title: 'Sprawozdanie 2022',
      document: 'Sprawozdanie 2022 (edycja 2021–2023)',
      values: [{ indicator: 'porady-a', value: 3, text: '3 porady' }],
    };
    const [e] = entriesOf(buildSite(withEarlierEdition({ report })), 'demo-2021-2023', 'porady-a');
    expect(brief(e!)).toEqual({
      time: 2022,
      target: 2,
      achieved: 3,
      from: 'achieved:demo-2021-2023/porady-a',
      status: 'exceeded',
      ratio: 1.5,
    });
  });

  it("uses another edition's report for the same year when the edition has none", () => {
    // The later edition's report for 2024 (1 260) answers an earlier edition's target for 2024.
    const [, e] = entriesOf(
      buildSite(
        withEarlierEdition({
          edit: (ind) => ind.id === 'porady-a' && ind.values.push({ year: 2024, kind: 'target', value: 1300, text: '1 300' }),
        }),
      ),
      'demo-2021-2023',
      'porady-a',
    );
    expect(brief(e!)).toEqual({
      time: 2024,
      target: 1300,
      achieved: 1260,
      from: 'achieved:demo-2024-2026/porady-a',
      status: 'not-achieved',
      ratio: 1260 / 1300,
    });
  });

  it('never compares different municipalities', () => {
    const site = buildSite(withEarlierEdition({ organisation: 'przyklad' }));
    expect(entriesOf(site, 'demo-2021-2023', 'porady-a').map(brief)).toEqual([
      { time: 2022, target: 2, achieved: undefined, from: undefined, status: 'no-value', ratio: undefined },
    ]);
  });

  it('never joins indicators without a series, even of the same id', () => {
    const r = withEarlierEdition({
      edit: (ind) => void (ind.id === 'udzial-a' && (ind.values = [{ year: 2024, kind: 'target', value: 30, text: '30%' }])),
    });
    r.reports[0]!.data.values.push({ indicator: 'udzial-a', value: 20, text: '20%' });
    const site = buildSite(r);
    expect(entriesOf(site, 'demo-2024-2026', 'udzial-a').map((e) => e.measured?.value)).toEqual([20]);
    expect(entriesOf(site, 'demo-2021-2023', 'udzial-a').map((e) => e.measured)).toEqual([undefined]);
  });

  it('lets the indicator’s own direction win over its series', () => {
    const site = buildSite(withEarlierEdition({ edit: (ind) => void (ind.id === 'porady-a' && (ind.direction = 'lower')) }));
    expect(entriesOf(site, 'demo-2021-2023', 'porady-a')[0]).toMatchObject({ direction: 'lower', status: 'exceeded', ratio: 0.75 });
  });

  it('gives no verdict without a direction, only the ratio', () => {
    const r = withEarlierEdition();
    r.series = r.series.map((s) => ({ ...s, direction: undefined }));
    expect(entriesOf(buildSite(r), 'demo-2021-2023', 'porady-a')[0]).toMatchObject({ status: 'no-direction', ratio: 0.75 });
  });

  it('gives no status to a target without a number, or in text units, even with a measured value', () => {
    const words = buildSite(
      withEarlierEdition({
        edit: (ind) => void (ind.id === 'porady-a' && (ind.values = [{ year: 2022, kind: 'target', text: 'więcej porad' }])),
      }),
    );
    expect(entriesOf(words, 'demo-2021-2023', 'porady-a').map(brief)).toEqual([
      { time: 2022, target: undefined, achieved: 1.5, from: 'statistic:demo-2024-2026/stat-porady', status: 'text', ratio: undefined },
    ]);
  });

  it('compares each year of a yearly target with that year; a one-year target of the same year wins', () => {
    const site = buildSite(
      withEarlierEdition({
        edit: (ind) =>
          void (
            ind.id === 'porady-a' &&
            (ind.values = [
              { annual: true, kind: 'target', value: 10, text: '10 porad rocznie' },
              { year: 2022, kind: 'target', value: 1, text: '1 porada w 2022 r.' },
            ])
          ),
      }),
    );
    expect(entriesOf(site, 'demo-2021-2023', 'porady-a').map(brief)).toEqual([
      { time: 2021, target: 10, achieved: 44562, from: 'statistic:demo-2024-2026/stat-porady', status: 'exceeded', ratio: 4456.2 },
      { time: 2022, target: 1, achieved: 1.5, from: 'statistic:demo-2024-2026/stat-porady', status: 'exceeded', ratio: 1.5 },
      { time: 2023, target: 10, achieved: undefined, from: undefined, status: 'no-value', ratio: undefined },
    ]);
  });

  it('a target without time gets no status and no measured value', () => {
    const site = buildSite(
      withEarlierEdition({
        edit: (ind) => void (ind.id === 'porady-a' && (ind.values = [{ kind: 'target', value: 5, text: 'wartość znakomita: 5' }])),
      }),
    );
    expect(entriesOf(site, 'demo-2021-2023', 'porady-a').map(brief)).toEqual([
      { time: 'none', target: 5, achieved: undefined, from: undefined, status: 'no-time', ratio: undefined },
    ]);
  });
});

describe('reporting status', () => {
  const site = buildSite(raw);
  const demo = site.programmes.find((p) => p.slug === 'demo-2024-2026')!;

  it('decides which years have ended from the date of the data, not from the clock', () => {
    expect(yearEnded(2024, '2025-01-15')).toBe(true);
    expect(yearEnded(2025, '2025-12-31')).toBe(false);
    const r = programmeReporting(site, demo, '2025-01-15');
    expect([r.ended, r.open]).toEqual([[2024], [2025, 2026]]);
    expect(programmeReporting(site, demo).ended).toEqual([]);
  });

  it('counts, per ended year, the report, the indicators with achieved values and the targets without one', () => {
    const r = programmeReporting(site, demo, '2026-12-01');
    expect(r.years).toEqual([
      // 2024: porady-a (1 260 against 1 200), udzial-a and the gala without a value; osoby-b and porady-a reported.
      {
        year: 2024,
        report: { title: 'Sprawozdanie za 2024', year: 2024 },
        achievedIndicators: 2,
        targets: 3,
        withoutValue: 2,
        compared: 1,
      },
      // 2025: porady-a and the gala, no report.
      { year: 2025, achievedIndicators: 0, targets: 2, withoutValue: 2, compared: 0 },
    ]);
    expect(r.missingReports).toEqual([2025]);
    expect(r.statuses).toEqual({ exceeded: 1 });
    expect(r.totals).toEqual({ achievedIndicators: 2, targets: 5, withoutValue: 4, compared: 1, reports: 1 });
    expect(r.comparedEntries.map((e) => e.placed.indicator.id)).toEqual(['porady-a']);
    const other = siteReporting(site, '2026-12-01').find((x) => x.programme.slug === 'przyklad-2011-2020')!;
    expect([other.rangeTargets, other.totals.targets, other.missingReports.length]).toEqual([1, 0, 10]);
  });

  it('sorts an indicator’s missing values into what its page says', () => {
    const entries = programmeProgress(site, demo);
    const of = (id: string) => entries.filter((e) => e.placed.indicator.id === id);
    const reports = new Set([2024]);
    expect(indicatorNotes(of('porady-a'), reports, '2026-12-01')).toMatchObject({
      noReport: [2025],
      reportWithout: [],
      notEnded: [],
      nothingCompared: false,
    });
    expect(indicatorNotes(of('porady-a'), reports, '2026-12-01').table.map((e) => e.status)).toEqual(['exceeded']);
    expect(indicatorNotes(of('udzial-a'), reports, '2026-12-01')).toMatchObject({
      reportWithout: [2024],
      noReport: [],
      nothingCompared: true,
    });
    expect(indicatorNotes(of('rezultat-gala'), reports, '2025-06-01')).toMatchObject({
      text: [2024, 2025, 2026],
      reportWithout: [2024],
      notEnded: [2025, 2026],
    });
    expect(indicatorNotes(of('osoby-b'), reports, '2026-12-01')).toMatchObject({ noTarget: [2024], nothingCompared: false });
    expect(indicatorNotes(of('porady-a'), reports)).toMatchObject({ unknown: [2025], noReport: [], notEnded: [] });
  });

  it('says the years in Polish: "za 2024 r.", "za lata 2021–2022 i 2024"', () => {
    expect(yearRuns([2024, 2021, 2022, 2022])).toEqual([
      [2021, 2022],
      [2024, 2024],
    ]);
    expect(forYears(yearRuns([2024]))).toBe('za 2024\u00a0r.');
    expect(forYears(yearRuns([2021, 2022, 2024]))).toBe('za lata 2021–2022 i 2024');
    expect(onYears(yearRuns([2026, 2027, 2028]))).toBe('na lata 2026–2028');
    expect(progressText.indicator.noReport(yearRuns([2024]))).toBe('Brak sprawozdania za 2024\u00a0r.');
    expect(progressText.indicator.noReport(yearRuns([2024, 2025]))).toBe('Brak sprawozdań za lata 2024–2025.');
  });

  it('shows a ratio in whole percent, with decimals only where rounding would show 100% for what is not', () => {
    expect([1.05, 1, 0.75, 0.996, 1.004, 0.9999, 4456.2].map(ratioPercent)).toEqual([105, 100, 75, 99.6, 100.4, 99.99, 445620]);
  });
});
