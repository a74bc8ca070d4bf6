// The programme page's budget charts: amounts by task, one chart per time they are given for.
import type { ProgrammeModel } from '../model.ts';
import { chartId, heightFor, type ChartSpec } from './spec.ts';
import { capitalise, tidy, uncapitalise } from './wording.ts';
import { budgetRows, type BudgetRow } from '../budget.ts';
import { formatValue } from '../format.ts';
import { compareTime, timeKey, timeLabel, type ValueTime } from '../valueTime.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

/**
 * Budget by task (or by goal where there are no tasks), one chart per time the amounts are given
 * for: a year, a range as a whole, each year of a range — never amounts of different times added up.
 */
export function budgetCharts(p: ProgrammeModel, rows: readonly BudgetRow[] = budgetRows(p)): ChartSpec[] {
  const titles = new Map<string, string>();
  for (const g of p.goals) {
    titles.set(`goal:${g.data.id}`, g.data.title);
    for (const task of g.data.tasks) if (task.id !== undefined) titles.set(`task:${task.id}`, task.title);
  }
  const times = new Map<string, ValueTime>(rows.map((r) => [timeKey(r.time), r.time]));
  const specs: ChartSpec[] = [];
  const town = p.organisation.data.shortName;
  for (const time of [...times.values()].sort(compareTime)) {
    // A task by its printed id; an unnumbered one by its key (named by its title); actions under the goal by the goal.
    const sums = new Map<string, { kind: 'task' | 'goal'; id: string; title?: string; sum: number }>();
    for (const r of rows.filter((x) => timeKey(x.time) === timeKey(time))) {
      const [kind, id] = r.task ? (['task', r.task] as const) : r.taskKey ? (['task', ''] as const) : (['goal', r.goal] as const);
      const key = r.task || !r.taskKey ? `${kind}:${id}` : `key:${r.taskKey}`;
      const entry = sums.get(key) ?? { kind, id, title: r.task ? undefined : r.taskTitle, sum: 0 };
      entry.sum += r.value;
      sums.set(key, entry);
    }
    const parts = [...sums.values()];
    if (parts.length < 2) continue;
    const when = time.kind === 'year' ? t.chart.when.budget!(String(time.year)) : timeLabel(time, t.time);
    const money = (n: number) => formatValue(n, 'currency');
    const name = (x: { kind: 'task' | 'goal'; id: string; title?: string }) => t.chart.taskOrGoal(x.kind, x.id, x.title);
    const top = parts.reduce((a, b) => (b.sum > a.sum ? b : a));
    const low = parts.reduce((a, b) => (b.sum < a.sum ? b : a));
    const total = tidy(parts.reduce((n, x) => n + x.sum, 0));
    const categories = parts.map((x) => {
      const label =
        x.title !== undefined ? capitalise(name(x)) : `${capitalise(name(x))}: ${titles.get(`${x.kind}:${x.id}`) ?? ''}`.replace(/: $/, '');
      return { label, axis: [capitalise(name(x))], short: capitalise(name(x)) };
    });
    specs.push({
      id: chartId('budzet', timeKey(time)),
      type: 'bar',
      x: 'category',
      horizontal: true,
      unit: 'currency',
      title: chartsText.budgetTitle(when, town, name(top), money(top.sum)),
      summary: chartsText.inPlace(
        town,
        uncapitalise(t.chart.budgetSummary(money(total), when, name(top), money(top.sum), name(low), money(low.sum))),
      ),
      caption: `${t.chart.budgetCaption(when)} — ${town}`,
      rowHeader: t.chart.taskHeader,
      categories,
      datasets: [
        {
          label: capitalise(t.chart.legendKinds.budget!),
          legend: capitalise(t.chart.legendKinds.budget!),
          kind: 'budget',
          values: parts.map((x) => tidy(x.sum)),
        },
      ],
      height: heightFor(true, categories, 1),
      place: town,
      axes: { value: chartsText.valueAxis('currency'), category: t.chart.taskHeader },
      // One measure (planned money) over the parts of a whole: the bars compare shares, so a small
      // task's short bar is the message, not a misleading scale.
      measures: 'datasets',
    });
  }
  return specs;
}
