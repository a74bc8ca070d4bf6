// The charts of a goal page: lines per action where its measures span years, else bars per task.
import type { PlacedIndicator, ProgrammeModel } from '../model.ts';
import { chartId, type ChartSpec } from './spec.ts';
import { chartShowsAll, groupByScale, groupName, isMultiYear, partOf } from './grouping.ts';
import { measureNames } from './wording.ts';
import { rowsOf, yearsChart } from './yearsChart.ts';
import { comparisonChart } from './comparisonChart.ts';
import { shownPlace } from '../places.ts';
import { t } from '../../i18n/pl.ts';
import { chartsText } from '../../i18n/charts.pl.ts';

export interface GoalCharts {
  /** Charts over years, after the action they belong to (multi-year programmes). */
  byAction: Map<string, ChartSpec[]>;
  /** Comparisons of one year's measures, at the end of their task ('' for actions without a task). */
  byTask: Map<string, ChartSpec[]>;
  /** Indicators whose values a by-action chart's table already shows (the action's own table leaves them out). */
  charted: Set<PlacedIndicator>;
}

/**
 * The charts of one goal page. When the goal's measures have values in two or more years, one
 * chart per action and unit (its multi-year measures); otherwise one comparison per task and unit.
 */
export function goalCharts(p: ProgrammeModel, goalId: string): GoalCharts {
  const indicators = p.indicators.filter((pi) => pi.group === 'action' && pi.goal === goalId);
  const byAction = new Map<string, ChartSpec[]>();
  const byTask = new Map<string, ChartSpec[]>();
  const charted = new Set<PlacedIndicator>();
  const push = <K>(map: Map<K, ChartSpec[]>, key: K, spec: ChartSpec | undefined) => {
    if (spec) map.set(key, [...(map.get(key) ?? []), spec]);
    return spec !== undefined;
  };
  // Tasks by their key: two unnumbered tasks of a goal are two tasks, not one ''.
  const places = new Map(indicators.map((pi) => [pi, shownPlace(p, pi)]));
  const town = p.organisation.data.shortName;
  if (indicators.some(isMultiYear)) {
    const actions = [...new Set(indicators.map((pi) => pi.actionId!))];
    for (const actionId of actions) {
      const multi = indicators.filter((pi) => pi.actionId === actionId && isMultiYear(pi));
      const place = places.get(multi[0] ?? indicators[0]!)!;
      const action = t.chart.action(place.actionId, place.actionTitle);
      const groups = groupByScale(multi);
      for (const group of groups) {
        const one = group.indicators.length === 1;
        const name = groupName(groups, group, measureNames);
        const subject = one ? `${action}, ${name}` : name ? `${action}: ${name}` : action;
        const { rows, lead } = rowsOf(group.indicators);
        const kinds = [...new Set(rows.map((r) => r.kind))];
        const measure = one ? t.chart.unitGroups[group.unit] : `, ${chartsText.measureWord(group.unit, group.unitLabel)}`;
        const drawn = push(
          byAction,
          actionId,
          yearsChart({
            id: chartId('dzialanie', actionId, group.unit, ...partOf(groups, group)),
            subject,
            caption: t.chart.tableCaption(`${subject}${measure}${one ? '' : ` — ${kinds.map((k) => t.chart.kindsMany[k]).join(' i ')}`}`),
            unit: group.unit,
            rows,
            lead,
            place: town,
            measureName: one ? name : undefined,
          }),
        );
        if (drawn) group.indicators.filter(chartShowsAll).forEach((pi) => charted.add(pi));
      }
    }
    return { byAction, byTask, charted };
  }
  const tasks = [...new Set(indicators.map((pi) => places.get(pi)!.taskKey))];
  for (const task of tasks) {
    const inTask = indicators.filter((pi) => places.get(pi)!.taskKey === task);
    const place = places.get(inTask[0]!)!;
    const year = mostCommonYear(inTask);
    if (year === undefined) continue;
    const groups = groupByScale(inTask);
    const base = task ? t.chart.task(place.taskId, place.taskTitle) : t.chart.goalActions(goalId);
    for (const group of groups) {
      // After a split, the measures each part holds tell it apart: heading and table caption differ.
      const name = groups.length > 1 ? groupName(groups, group, measureNames) : undefined;
      push(
        byTask,
        task,
        comparisonChart({
          id: chartId('zadanie', task || goalId, group.unit, ...partOf(groups, group)),
          subject: name ? `${base}: ${name}` : base,
          caption:
            groups.length > 1
              ? t.chart.tableCaption(`${name ? `${base}: ${name}` : base}, ${chartsText.measureWord(group.unit, group.unitLabel)}, ${year}`)
              : undefined,
          unit: group.unit,
          year,
          indicators: group.indicators,
          place: town,
        }),
      );
    }
  }
  return { byAction, byTask, charted };
}

function mostCommonYear(indicators: readonly PlacedIndicator[]): number | undefined {
  const counts = new Map<number, number>();
  for (const pi of indicators)
    for (const v of pi.values) if (v.year !== undefined && v.value !== undefined) counts.set(v.year, (counts.get(v.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
