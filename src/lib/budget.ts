// Budget lines of a programme in one list, their sums per time (one year, a range as a whole,
// each year of a range — never a range's amount added into one year's sum), and the difference
// from any total the source states — published side by side, never "corrected".
import type { ProgrammeModel } from './model.ts';
import { resolveTime, compareTime, timeKey, type ValueTime } from './valueTime.ts';
import { periodOf } from './model.ts';
import { shownPlace } from './places.ts';

export interface BudgetRow {
  goal: string;
  /** The printed task id, if any. */
  task?: string;
  /** The task's key (printed id or "<goal>.<position>"), for grouping; undefined for actions directly under the goal. */
  taskKey?: string;
  /** The task's title, shown where the document does not number its tasks. */
  taskTitle?: string;
  actionId: string;
  action: string;
  /** Set only for an amount for one year. */
  year?: number;
  time: ValueTime;
  value: number;
  text: string;
}

export interface BudgetSum {
  time: ValueTime;
  sum: number;
}

export interface StatedComparison {
  label: string;
  /** Set only for a total of one year (the same as `time.year`). */
  year?: number;
  time: ValueTime;
  stated: number;
  /** The sum of action budgets for the same time (the same year, range or yearly range), if there are any. */
  computed?: number;
  difference?: number;
  text: string;
}

export function budgetRows(p: ProgrammeModel): BudgetRow[] {
  return p.indicators
    .filter((pi) => pi.group === 'budget')
    .flatMap((pi) => {
      const place = shownPlace(p, pi);
      return pi.values.map((v) => ({
        goal: pi.goal!,
        task: pi.task,
        taskKey: place.taskKey || undefined,
        taskTitle: place.taskTitle,
        actionId: pi.actionId!,
        action: pi.action!,
        year: v.year,
        time: v.time,
        value: v.value ?? 0,
        text: v.text,
      }));
    });
}

/** One sum per time the rows have, ordered as tables order times (years first). */
export function budgetSums(rows: readonly BudgetRow[]): BudgetSum[] {
  const sums = new Map<string, BudgetSum>();
  for (const r of rows) {
    const key = timeKey(r.time);
    const entry = sums.get(key) ?? { time: r.time, sum: 0 };
    entry.sum += r.value;
    sums.set(key, entry);
  }
  return [...sums.values()].sort((a, b) => compareTime(a.time, b.time));
}

export function statedVsComputed(p: ProgrammeModel): StatedComparison[] {
  const sums = budgetSums(budgetRows(p));
  return p.data.statedTotals.map((total) => {
    const time = resolveTime(total, periodOf(p.data));
    const computed = sums.find((s) => timeKey(s.time) === timeKey(time))?.sum;
    return {
      label: total.label,
      ...(time.kind === 'year' ? { year: time.year } : {}),
      time,
      stated: total.value,
      text: total.text,
      computed,
      difference: computed === undefined ? undefined : total.value - computed,
    };
  });
}
