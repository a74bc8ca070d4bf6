// Reporting status: for each year of a programme's period that has ended, whether a report is
// published, how many indicators have achieved values and how many targets have none. "Ended" is
// asked of a date from the content (the last content change, src/data/progress.ts), never of the
// build machine's clock: two builds of the same commit say the same.
import type { ProgrammeModel, SiteModel } from './model.ts';
import { COMPARED, programmeProgress, type ProgressEntry, type ProgressStatus } from './progress.ts';

/** Whether `year` has ended by `asOf` ("2026-12-01"): the date is in a later year. */
export const yearEnded = (year: number, asOf: string) => Number(asOf.slice(0, 4)) > year;

export interface ReportingYear {
  year: number;
  /** The programme's report for this year, if published. */
  report?: { title: string; year: number };
  /** Indicators with an achieved value for this year (from the programme's reports). */
  achievedIndicators: number;
  /** Targets for this year: one-year targets and this year of yearly ones, words included. */
  targets: number;
  /** Of those, without a measured value. */
  withoutValue: number;
  /** Of those, compared with a measured value (two numbers). */
  compared: number;
}

export interface ProgrammeReporting {
  programme: ProgrammeModel;
  /** The date of the data, or undefined when unknown (then no year counts as ended). */
  asOf?: string;
  /** Years of the period that have ended by asOf, ascending. */
  ended: number[];
  /** Years of the period that have not (every year when asOf is unknown). */
  open: number[];
  /** One row per ended year. */
  years: ReportingYear[];
  /** Sums over the ended years. */
  totals: Omit<ReportingYear, 'year' | 'report'> & { reports: number };
  /** Ended years without a published report. */
  missingReports: number[];
  /** Compared entries of the ended years, by status. */
  statuses: Partial<Record<ProgressStatus, number>>;
  /** Every compared entry of the programme (any time), in reading order. */
  comparedEntries: ProgressEntry[];
  /** Targets for a range of years (compared only with a value for the same range) and targets without time. */
  rangeTargets: number;
  noTimeTargets: number;
}

const period = (p: ProgrammeModel) => Array.from({ length: p.data.periodEnd - p.data.periodStart + 1 }, (_, i) => p.data.periodStart + i);

export function programmeReporting(site: SiteModel, p: ProgrammeModel, asOf?: string): ProgrammeReporting {
  const entries = programmeProgress(site, p);
  const years = period(p);
  const ended = asOf ? years.filter((y) => yearEnded(y, asOf)) : [];
  const open = years.filter((y) => !ended.includes(y));
  const isCompared = (e: ProgressEntry) => COMPARED.includes(e.status);
  const rows = ended.map((year): ReportingYear => {
    const report = p.reports.find((r) => r.data.year === year);
    const ofYear = entries.filter((e) => e.time.kind === 'year' && e.time.year === year && e.target);
    return {
      year,
      ...(report && { report: { title: report.data.title, year } }),
      achievedIndicators: p.indicators.filter((pi) => pi.values.some((v) => v.kind === 'achieved' && v.year === year)).length,
      targets: ofYear.length,
      withoutValue: ofYear.filter((e) => !e.measured).length,
      compared: ofYear.filter(isCompared).length,
    };
  });
  const sum = (f: (r: ReportingYear) => number) => rows.reduce((n, r) => n + f(r), 0);
  const statuses: Partial<Record<ProgressStatus, number>> = {};
  for (const e of entries)
    if (isCompared(e) && e.time.kind === 'year' && ended.includes(e.time.year)) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
  return {
    programme: p,
    ...(asOf && { asOf }),
    ended,
    open,
    years: rows,
    totals: {
      achievedIndicators: sum((r) => r.achievedIndicators),
      targets: sum((r) => r.targets),
      withoutValue: sum((r) => r.withoutValue),
      compared: sum((r) => r.compared),
      reports: rows.filter((r) => r.report).length,
    },
    missingReports: rows.filter((r) => !r.report).map((r) => r.year),
    statuses,
    comparedEntries: entries.filter(isCompared),
    rangeTargets: entries.filter((e) => e.time.kind === 'range').length,
    noTimeTargets: entries.filter((e) => e.status === 'no-time').length,
  };
}

/** Every programme's reporting status, in site order. */
export const siteReporting = (site: SiteModel, asOf?: string): ProgrammeReporting[] =>
  site.programmes.map((p) => programmeReporting(site, p, asOf));

/** Consecutive years as runs: [2021, 2022, 2024] → [[2021, 2022], [2024, 2024]]. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else if (!last || y !== last[1]) runs.push([y, y]);
  }
  return runs;
}

/** A ratio as a percentage for display: whole percent, with more decimals only where rounding would show 100% for a value that is not. */
export function ratioPercent(ratio: number): number {
  for (let digits = 0; digits < 4; digits++) {
    const f = 10 ** digits;
    const shown = Math.round(ratio * 100 * f) / f;
    if (shown !== 100 || ratio === 1) return shown;
  }
  return Math.round(ratio * 100 * 10_000) / 10_000;
}

/** What an indicator page says about its targets, sorted into the sentences it needs (and one table). */
export interface IndicatorNotes {
  /** Targets with a measured value (compared, or in words): the table. */
  table: ProgressEntry[];
  /** Ended years with a target and no measured value, where no report is published. */
  noReport: number[];
  /** Ended years with a target and no measured value although the programme's report is published. */
  reportWithout: number[];
  /** Years with a target that have not ended. */
  notEnded: number[];
  /** Years with a target and no measured value when the date of the data is unknown. */
  unknown: number[];
  /** Years whose target is in words only. */
  text: number[];
  /** The wording of targets without a time. */
  noTime: string[];
  /** Years with a reported value and no target. */
  noTarget: number[];
  /** Range targets without a value for the same range. */
  ranges: { from: number; to: number; ended: boolean }[];
  /** There are targets with a time, and none has a measured value. */
  nothingCompared: boolean;
}

export function indicatorNotes(entries: readonly ProgressEntry[], reportYears: ReadonlySet<number>, asOf?: string): IndicatorNotes {
  const years = (f: (e: ProgressEntry, year: number) => boolean) =>
    entries.flatMap((e) => (e.time.kind === 'year' && f(e, e.time.year) ? [e.time.year] : []));
  const missing = (e: ProgressEntry) => !!e.target && !e.measured;
  const timed = entries.filter((e) => e.target && e.time.kind !== 'none');
  return {
    table: entries.filter((e) => e.target && e.measured),
    noReport: years((e, y) => missing(e) && !!asOf && yearEnded(y, asOf) && !reportYears.has(y)),
    reportWithout: years((e, y) => missing(e) && !!asOf && yearEnded(y, asOf) && reportYears.has(y)),
    notEnded: years((e, y) => missing(e) && !!asOf && !yearEnded(y, asOf)),
    unknown: years((e) => missing(e) && !asOf),
    text: years((e) => e.status === 'text' && !!e.target && (e.target.value === undefined || e.placed.indicator.unit === 'text')),
    noTime: entries.filter((e) => e.status === 'no-time').map((e) => e.target!.text),
    noTarget: years((e) => e.status === 'no-target'),
    ranges: entries.flatMap((e) =>
      e.time.kind === 'range' && missing(e) ? [{ from: e.time.from, to: e.time.to, ended: !!asOf && yearEnded(e.time.to, asOf) }] : [],
    ),
    nothingCompared: timed.length > 0 && timed.every((e) => !e.measured),
  };
}
