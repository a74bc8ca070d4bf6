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
