// Target against achieved: for every target of every indicator, the value measured for the same
// time in the same municipality — from a report (kind `achieved`) or, failing that, from diagnosis
// data (kind `statistic`), of the indicator itself or of another indicator of its series (another
// edition) — and a status: exceeded, achieved, not achieved, or why there is none. The method page
// (/dane/metoda/) says the same in words; tests/unit/progress.test.ts holds it to them.
//
// Only values of one time are compared: a one-year target with a value of that year, each year of
// a yearly ("annual") target with that year's value, a range target as a whole only with a value
// for the same range. Nothing here depends on today's date: whether a year has ended is asked
// with a date from the content (reporting.ts).
import type { PlacedIndicator, PlacedValue, ProgrammeModel, SiteModel } from './model.ts';
import type { Direction } from '../schemas/indicator.ts';
import { compareTime, timeKey, type ValueTime } from './valueTime.ts';

/**
 * exceeded, achieved, not-achieved: a verdict (the direction is declared);
 * no-direction: both numbers, no declared direction — the ratio only;
 * no-value: a target without a measured value for its time;
 * text: the target (or the measured value) is in words only;
 * no-target: a reported value for a year the indicator has no target for;
 * no-time: a target the document gives no time for.
 */
export const PROGRESS_STATUSES = [
  'exceeded',
  'achieved',
  'not-achieved',
  'no-direction',
  'no-value',
  'text',
  'no-target',
  'no-time',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The statuses that compare two numbers (a ratio is known unless the target is 0). */
export const COMPARED: readonly ProgressStatus[] = ['exceeded', 'achieved', 'not-achieved', 'no-direction'];

/** A value measured for a target's time, and where it comes from. */
export interface Measured {
  programme: string;
  indicator: string;
  /** `achieved` (a report) or `statistic` (diagnosis data of a programme). */
  kind: 'achieved' | 'statistic';
  value?: number;
  text: string;
  /** The document (and section) the value is published in. */
  source: string;
}

export interface ProgressEntry {
  programme: ProgrammeModel;
  placed: PlacedIndicator;
  /** One year (a one-year target, or one year of an annual target), a range as a whole, or none. */
  time: ValueTime;
  /** The target; undefined for a reported value without a target (status no-target). */
  target?: PlacedValue;
  measured?: Measured;
  direction?: Direction;
  status: ProgressStatus;
  /** achieved ÷ target, exact; undefined unless both are numbers and the target is not 0. */
  ratio?: number;
}

/** The verdict on a number against its target: the ratio always, a status by the direction. */
export function verdict(target: number, achieved: number, direction?: Direction): { status: ProgressStatus; ratio?: number } {
  const ratio = target === 0 ? undefined : achieved / target;
  if (!direction) return { status: 'no-direction', ratio };
  // Exact comparison, no tolerance: 99 against 100 is not achieved; the ratio says how close.
  const better = direction === 'higher' ? achieved - target : target - achieved;
  return { status: better > 0 ? 'exceeded' : better === 0 ? 'achieved' : 'not-achieved', ratio };
}

/** The direction of an indicator: its own, else its series', else none. */
export function directionOf(site: SiteModel, pi: PlacedIndicator): Direction | undefined {
  return pi.indicator.direction ?? (pi.indicator.series ? site.series.find((s) => s.id === pi.indicator.series)?.direction : undefined);
}

/** The measures a target is compared with: its series within one municipality, or the indicator alone. */
const joinKey = (p: ProgrammeModel, pi: PlacedIndicator) =>
  pi.indicator.series
    ? `${p.organisation.id}\u0000s\u0000${pi.indicator.series}`
    : `${p.organisation.id}\u0000i\u0000${p.slug}\u0000${pi.indicator.id}`;

interface Candidate {
  measured: Measured;
  unit: PlacedIndicator['indicator']['unit'];
  periodStart: number;
}

const isMeasured = (kind: PlacedValue['kind']): kind is Measured['kind'] => kind === 'achieved' || kind === 'statistic';

/** Every measured value of one time (one year or a range), by join key and time. */
function measuredIndex(site: SiteModel): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  for (const p of site.programmes)
    for (const pi of p.indicators)
      for (const v of pi.values) {
        const kind = v.kind;
        if (!isMeasured(kind) || (v.time.kind !== 'year' && v.time.kind !== 'range')) continue;
        const key = `${joinKey(p, pi)}\u0000${timeKey(v.time)}`;
        const measured: Measured = {
          programme: p.slug,
          indicator: pi.indicator.id,
          kind,
          value: v.value,
          text: v.text,
          source: v.source ?? pi.section,
        };
        const list = index.get(key) ?? [];
        list.push({ measured, unit: pi.indicator.unit, periodStart: p.data.periodStart });
        index.set(key, list);
      }
  return index;
}

/**
 * The value a target of `pi` is compared with, for `time`. In order: the indicator's own report,
 * another edition's report, the indicator's own diagnosis data, another edition's diagnosis data;
 * within one of these a number before words, then the newest edition.
 */
function pick(candidates: Candidate[], p: ProgrammeModel, pi: PlacedIndicator): Measured | undefined {
  const rank = (c: Candidate) =>
    (c.measured.kind === 'statistic' ? 2 : 0) + (c.measured.programme === p.slug && c.measured.indicator === pi.indicator.id ? 0 : 1);
  return candidates
    .filter((c) => c.unit === pi.indicator.unit)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Number(a.measured.value === undefined) - Number(b.measured.value === undefined) ||
        b.periodStart - a.periodStart ||
        a.measured.programme.localeCompare(b.measured.programme) ||
        a.measured.indicator.localeCompare(b.measured.indicator),
    )[0]?.measured;
}

/** The times a target is for: its year, each year of an annual target (a one-year target of the same year wins), its range, or none. */
function targetTimes(target: PlacedValue, ownYears: Set<number>): ValueTime[] {
  const t = target.time;
  if (t.kind !== 'annual') return [t];
  const years: ValueTime[] = [];
  for (let year = t.from; year <= t.to; year++) if (!ownYears.has(year)) years.push({ kind: 'year', year });
  return years;
}

function statusOf(
  target: PlacedValue,
  unit: string,
  measured: Measured | undefined,
  direction: Direction | undefined,
): { status: ProgressStatus; ratio?: number } {
  if (target.time.kind === 'none') return { status: 'no-time' };
  if (unit === 'text' || target.value === undefined) return { status: 'text' };
  if (!measured) return { status: 'no-value' };
  if (measured.value === undefined) return { status: 'text' };
  return verdict(target.value, measured.value, direction);
}

/** One indicator's entries: its targets by time, then its reported values for years without a target; in time order. */
function indicatorEntries(site: SiteModel, index: Map<string, Candidate[]>, p: ProgrammeModel, pi: PlacedIndicator): ProgressEntry[] {
  const direction = directionOf(site, pi);
  const targets = pi.values.filter((v) => v.kind === 'target');
  const ownYears = new Set(targets.flatMap((v) => (v.time.kind === 'year' ? [v.time.year] : [])));
  const entries: ProgressEntry[] = [];
  const targetYears = new Set<number>();
  for (const target of targets)
    for (const time of targetTimes(target, ownYears)) {
      if (time.kind === 'year') targetYears.add(time.year);
      const measured = time.kind === 'none' ? undefined : pick(index.get(`${joinKey(p, pi)}\u0000${timeKey(time)}`) ?? [], p, pi);
      entries.push({
        programme: p,
        placed: pi,
        time,
        target,
        ...(measured && { measured }),
        ...(direction && { direction }),
        ...statusOf({ ...target, time }, pi.indicator.unit, measured, direction),
      });
    }
  for (const v of pi.values)
    if (v.kind === 'achieved' && v.time.kind === 'year' && !targetYears.has(v.time.year))
      entries.push({
        programme: p,
        placed: pi,
        time: v.time,
        measured: {
          programme: p.slug,
          indicator: pi.indicator.id,
          kind: 'achieved',
          value: v.value,
          text: v.text,
          source: v.source ?? pi.section,
        },
        ...(direction && { direction }),
        status: 'no-target',
      });
  // Stable sort: a time's target keeps the order of the content.
  return entries.sort((a, b) => compareTime(a.time, b.time));
}

const cache = new WeakMap<SiteModel, Map<PlacedIndicator, ProgressEntry[]>>();

/** Every indicator's entries, computed once per site (indicator pages ask one by one). */
function entriesByIndicator(site: SiteModel): Map<PlacedIndicator, ProgressEntry[]> {
  let byIndicator = cache.get(site);
  if (!byIndicator) {
    const index = measuredIndex(site);
    byIndicator = new Map(site.programmes.flatMap((p) => p.indicators.map((pi) => [pi, indicatorEntries(site, index, p, pi)] as const)));
    cache.set(site, byIndicator);
  }
  return byIndicator;
}

/** One indicator's entries. */
export const indicatorProgress = (site: SiteModel, pi: PlacedIndicator): ProgressEntry[] => entriesByIndicator(site).get(pi) ?? [];

/** Every entry of one programme, indicator by indicator in reading order. */
export const programmeProgress = (site: SiteModel, p: ProgrammeModel): ProgressEntry[] =>
  p.indicators.flatMap((pi) => indicatorProgress(site, pi));

/** Every entry of the site, programme by programme in site order. */
export const siteProgress = (site: SiteModel): ProgressEntry[] => site.programmes.flatMap((p) => programmeProgress(site, p));

/** Whether `measured` is not the indicator's own value (another edition's, or its series'). */
export const fromElsewhere = (e: ProgressEntry) =>
  !!e.measured && (e.measured.programme !== e.programme.slug || e.measured.indicator !== e.placed.indicator.id);
