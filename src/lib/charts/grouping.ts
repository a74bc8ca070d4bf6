// Which indicators a chart takes: grouped by unit (units never mix on one axis), and whether an
// indicator has values in two or more years.
import type { PlacedValue } from '../model.ts';
import type { Unit } from '../../schemas/indicator.ts';
import type { ChartUnit } from './spec.ts';

/** Indicators with at least one number, grouped by unit in order of first appearance; text units left out. */
export function groupByUnit<T extends { indicator: { unit: Unit }; values: readonly PlacedValue[] }>(
  indicators: readonly T[],
): { unit: ChartUnit; indicators: T[] }[] {
  const groups: { unit: ChartUnit; indicators: T[] }[] = [];
  for (const pi of indicators) {
    const unit = pi.indicator.unit;
    if (unit === 'text' || !pi.values.some((v) => v.value !== undefined && v.kind !== 'budget')) continue;
    let group = groups.find((g) => g.unit === unit);
    if (!group) groups.push((group = { unit, indicators: [] }));
    group.indicators.push(pi);
  }
  return groups;
}

/** Distinct years in which an indicator has a number, in order. */
export function numericYears(pi: { values: readonly PlacedValue[] }): number[] {
  return [...new Set(pi.values.filter((v) => v.value !== undefined && v.year !== undefined).map((v) => v.year!))].sort((a, b) => a - b);
}

export const isMultiYear = (pi: { values: readonly PlacedValue[] }) => numericYears(pi).length >= 2;

/**
 * True when a chart's table shows every value of the indicator: charts draw only values of one
 * year with a number, so an indicator that also has a range, a yearly value, a value without a
 * time or a wording without a number keeps its own table row too.
 */
export const chartShowsAll = (pi: { values: readonly PlacedValue[] }) =>
  pi.values.every((v) => v.time.kind === 'year' && v.value !== undefined);

/** Measures more than this many times apart never share an axis: the small ones would lie flat on zero. */
export const SCALE_GAP = 10;

/** The largest absolute number among a set of values (0 when there is none). */
export const magnitude = (values: readonly { value?: number; kind?: string }[]) =>
  Math.max(0, ...values.filter((v) => v.value !== undefined && v.kind !== 'budget').map((v) => Math.abs(v.value!)));

/**
 * Splits items into groups in which the largest magnitude is at most SCALE_GAP times the smallest
 * non-zero one ("4 posiedzeń" and "3 600 spotkań" go apart). Greedy from the smallest; groups keep
 * the order of their first item, items their order within a group.
 */
export function splitByScale<T>(items: readonly T[], size: (item: T) => number): T[][] {
  const sorted = items.map((item, i) => ({ item, i, s: size(item) })).sort((a, b) => a.s - b.s || a.i - b.i);
  const groups: { base: number; members: typeof sorted }[] = [];
  for (const x of sorted) {
    const last = groups[groups.length - 1];
    if (last && (last.base === 0 || x.s <= last.base * SCALE_GAP)) {
      last.members.push(x);
      if (last.base === 0) last.base = x.s;
    } else groups.push({ base: x.s, members: [x] });
  }
  return groups
    .map((g) => g.members.sort((a, b) => a.i - b.i))
    .sort((a, b) => a[0]!.i - b[0]!.i)
    .map((g) => g.map((x) => x.item));
}

/**
 * Indicators that may share a chart's value axis: one unit, one wording of it ("posiedzeń" and
 * "spotkań" are different measures) and magnitudes within SCALE_GAP. In order of first appearance.
 */
export interface ScaleGroup<T> {
  unit: ChartUnit;
  unitLabel?: string;
  indicators: T[];
}

export function groupByScale<T extends { indicator: { unit: Unit; unitLabel: string }; values: readonly PlacedValue[] }>(
  indicators: readonly T[],
): ScaleGroup<T>[] {
  return groupByUnit(indicators).flatMap((group) => {
    const labels = [...new Set(group.indicators.map((pi) => (group.unit === 'count' ? pi.indicator.unitLabel : '')))];
    return labels.flatMap((label) =>
      splitByScale(
        group.indicators.filter((pi) => group.unit !== 'count' || pi.indicator.unitLabel === label),
        (pi) => magnitude(pi.values),
      ).map((part) => ({ unit: group.unit, unitLabel: label || undefined, indicators: part })),
    );
  });
}

/** An id suffix for the second and later charts of one unit: "", "2", "3" (the first keeps its old id). */
export function partOf(groups: readonly ScaleGroup<unknown>[], group: ScaleGroup<unknown>): string[] {
  const n = groups.filter((g) => g.unit === group.unit).indexOf(group);
  return n > 0 ? [String(n + 1)] : [];
}

/**
 * What tells a chart's measures apart from its neighbours' after a split: the label of its one
 * indicator, or the names of its indicators where another group has the same unit and wording
 * (a split by magnitude); undefined where the unit alone says it.
 */
export function groupName<T extends { indicator: { label: string } }>(
  groups: readonly ScaleGroup<T>[],
  group: ScaleGroup<T>,
  names: (labels: string[]) => string[],
): string | undefined {
  if (group.indicators.length === 1) return group.indicators[0]!.indicator.label;
  const twin = groups.some((g) => g !== group && g.unit === group.unit && g.unitLabel === group.unitLabel);
  return twin ? names(group.indicators.map((pi) => pi.indicator.label)).join(', ') : undefined;
}
