// Budget lines of a programme in one list, their sums by year (or for the whole period), and the
// difference from any total the source states — published side by side, never "corrected".
import type { ProgrammeModel } from './model.ts';

export interface BudgetRow {
  goal: string;
  task?: string;
  actionId: string;
  action: string;
  year?: number;
  value: number;
  text: string;
}

export interface BudgetSum {
  year?: number;
  sum: number;
}

export interface StatedComparison {
  label: string;
  year?: number;
  stated: number;
  /** The sum of action budgets for the same year (or period), if there are any. */
  computed?: number;
  difference?: number;
  text: string;
}

export function budgetRows(p: ProgrammeModel): BudgetRow[] {
  return p.indicators
    .filter((pi) => pi.group === 'budget')
    .flatMap((pi) =>
      pi.values.map((v) => ({
        goal: pi.goal!, task: pi.task, actionId: pi.actionId!, action: pi.action!, year: v.year, value: v.value ?? 0, text: v.text,
      })),
    );
}

export function budgetSums(rows: readonly BudgetRow[]): BudgetSum[] {
  const sums = new Map<number | undefined, number>();
  for (const r of rows) sums.set(r.year, (sums.get(r.year) ?? 0) + r.value);
  return [...sums].map(([year, sum]) => ({ year, sum })).sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
}

export function statedVsComputed(p: ProgrammeModel): StatedComparison[] {
  const sums = budgetSums(budgetRows(p));
  return p.data.statedTotals.map((total) => {
    const computed = sums.find((s) => s.year === total.year)?.sum;
    return {
      label: total.label, year: total.year, stated: total.value, text: total.text, computed,
      difference: computed === undefined ? undefined : total.value - computed,
    };
  });
}
