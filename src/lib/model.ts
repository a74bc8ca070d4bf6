// Turns the validated content into the site's plain data: programmes with their goals, every
// indicator placed in its goal/task/action, achieved values from reports attached. Computed once
// per build and shared by pages, the export and the checker.
import type { Action, Goal, Implementer, Task } from '../schemas/goal.ts';
import type { Indicator, IndicatorValue } from '../schemas/indicator.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Statistics } from '../schemas/statistics.ts';
import type { Report } from '../schemas/report.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Institution } from '../schemas/institution.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SeriesEntry } from '../schemas/series.ts';
import { resolveTime, type Period, type TimeFields, type ValueTime } from './valueTime.ts';
import { t } from '../i18n/pl.ts';

/** One content file after validation: its id, where it lives and its data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** Everything in content/, grouped by type; goals, statistics and reports know their programme. */
export interface RawContent {
  organisations: Entry<Organisation>[];
  institutions: Entry<Institution>[];
  glossary: GlossaryEntry[];
  series: SeriesEntry[];
  programmes: Entry<Programme>[];
  goals: (Entry<Goal> & { programme: string })[];
  statistics: (Entry<Statistics> & { programme: string })[];
  reports: (Entry<Report> & { programme: string })[];
}

export type Path = (string | number)[];

/** An action with the id it is known by and where it sits in the goal file. */
export interface PlacedAction {
  action: Action;
  actionId: string;
  task?: Task;
  /** The task's printed id, or its id by position where the document does not number tasks (taskKey). */
  taskKey?: string;
  path: Path;
}

export type IndicatorGroup = 'action' | 'expected' | 'statistics' | 'strategic' | 'budget' | 'total';

/** An indicator with its place in the programme and all its values, including achieved ones. */
export interface PlacedIndicator {
  indicator: Indicator;
  group: IndicatorGroup;
  programme: string;
  goal?: string;
  task?: string;
  action?: string;
  actionId?: string;
  /** Heading of the expected result or statistics table it belongs to, if any. */
  context?: string;
  /** Where it is in the source document. */
  section: string;
  /** The content file and path that define it. */
  file: string;
  path: Path;
  /** Values as `kind: budget` are budgets; the rest are IndicatorValue kinds. */
  values: PlacedValue[];
}

export interface PlacedValue {
  /** Set only for a value of one year (the same as `time.year`): what charts and year columns use. */
  year?: number;
  /** When the value holds: one year, a range, each year of a range, or no time (valueTime.ts). */
  time: ValueTime;
  kind: IndicatorValue['kind'] | 'budget';
  value?: number;
  text: string;
  /** Why `value` differs from the number in `text`, when the editor marked it (shown next to the value). */
  textDiffers?: string;
  /** Where the value comes from when not the programme itself (a report). */
  source?: string;
}

/**
 * Every kind of value, in the one order the site lists them: the explorer's kind filter, a
 * time's values in the explorer and a series' rows. Charts start from it too (CHART_KIND_ORDER
 * in src/lib/charts/spec.ts moves the baseline first).
 */
export const VALUE_KINDS: readonly PlacedValue['kind'][] = ['target', 'achieved', 'statistic', 'baseline', 'budget'];

/**
 * The id a task is known by on the site: the printed one, or, where the document does not number
 * its tasks, the goal id and the task's position ("2.3"). Only the printed id is ever exported or
 * cited as the document's.
 */
export const taskKey = (goal: Goal, task: Task, index: number) => task.id ?? `${goal.id}.${index + 1}`;

/** The actions of a goal in order, with their default ids ("I.2.1", or "1.3" without tasks). */
export function placeActions(goal: Goal): PlacedAction[] {
  const placed: PlacedAction[] = [];
  goal.tasks.forEach((task, t) =>
    task.actions.forEach((action, a) =>
      placed.push({
        action,
        task,
        taskKey: taskKey(goal, task, t),
        actionId: action.id ?? `${taskKey(goal, task, t)}.${a + 1}`,
        path: ['tasks', t, 'actions', a],
      }),
    ),
  );
  goal.actions.forEach((action, a) => placed.push({ action, actionId: action.id ?? `${goal.id}.${a + 1}`, path: ['actions', a] }));
  return placed;
}

/** The implementers of the action an indicator belongs to ([] for data outside actions). */
export function actionImplementers(p: ProgrammeModel, pi: PlacedIndicator): Implementer[] {
  if (!pi.actionId || !pi.goal) return [];
  const goal = p.goals.find((g) => g.data.id === pi.goal);
  return goal ? (placeActions(goal.data).find((pa) => pa.actionId === pi.actionId)?.action.implementers ?? []) : [];
}

/** The export id of an action's budget line ("budzet-I.1.1"). */
export const budgetIndicatorId = (actionId: string) => `budzet-${actionId}`;

/** A value as placed: its content fields, its resolved time, and `year` only when that is one year. */
export function placeValue<T extends TimeFields>(v: T, period: Period): Omit<T, keyof TimeFields> & { time: ValueTime; year?: number } {
  const { year: _y, from: _f, to: _t, annual: _a, ...rest } = v;
  const time = resolveTime(v, period);
  return { ...rest, time, ...(time.kind === 'year' ? { year: time.year } : {}) };
}

/** The programme's period as valueTime.ts takes it. */
export const periodOf = (p: Programme): Period => ({ start: p.periodStart, end: p.periodEnd });

/** Every indicator of one programme, in reading order: goals, statistics, declaration, totals. */
export function placeIndicators(
  slug: string,
  programme: Entry<Programme>,
  goals: (Entry<Goal> & { programme: string })[],
  statistics?: Entry<Statistics>,
): PlacedIndicator[] {
  const out: PlacedIndicator[] = [];
  const doc = programme.data.document.title;
  const period = periodOf(programme.data);
  const fromValues = (values: IndicatorValue[]): PlacedValue[] => values.map((v) => placeValue(v, period));
  for (const g of goals) {
    const goal = g.data;
    const section = `${doc}, ${goal.section ?? t.section.goal(goal.id)}`;
    for (const pa of placeActions(goal)) {
      const base = { programme: slug, goal: goal.id, task: pa.task?.id, action: pa.action.title, actionId: pa.actionId, file: g.file };
      pa.action.indicators.forEach((indicator, i) =>
        out.push({
          ...base,
          indicator,
          group: 'action',
          section: taskSection(section, pa.task),
          path: [...pa.path, 'indicators', i],
          values: fromValues(indicator.values),
        }),
      );
      if (pa.action.budget.length > 0) {
        out.push({
          ...base,
          group: 'budget',
          section: taskSection(section, pa.task),
          path: [...pa.path, 'budget'],
          indicator: {
            id: budgetIndicatorId(pa.actionId),
            label: t.budgetLineLabel(pa.action.title),
            unit: 'currency',
            unitLabel: 'zł',
            values: [],
          },
          values: pa.action.budget.map((b) => ({ ...placeValue(b, period), kind: 'budget' as const })),
        });
      }
    }
    goal.expectedResults.forEach((result, r) =>
      result.indicators.forEach((indicator, i) =>
        out.push({
          indicator,
          group: 'expected',
          programme: slug,
          goal: goal.id,
          context: result.title,
          section: `${section}, ${t.section.expected}`,
          file: g.file,
          path: ['expectedResults', r, 'indicators', i],
          values: fromValues(indicator.values),
        }),
      ),
    );
  }
  statistics?.data.tables.forEach((table, t) =>
    table.indicators.forEach((indicator, i) =>
      out.push({
        indicator,
        group: 'statistics',
        programme: slug,
        context: table.title,
        section: `${doc}, ${table.source}`,
        file: statistics.file,
        path: ['tables', t, 'indicators', i],
        values: fromValues(indicator.values),
      }),
    ),
  );
  programme.data.strategicIndicators.forEach((indicator, i) =>
    out.push({
      indicator,
      group: 'strategic',
      programme: slug,
      context: indicator.aim,
      section: `${doc}, ${t.section.strategic}`,
      file: programme.file,
      path: ['strategicIndicators', i],
      values: fromValues(indicator.values),
    }),
  );
  programme.data.statedTotals.forEach((total, i) =>
    out.push({
      group: 'total',
      programme: slug,
      section: `${doc}, ${t.section.totals}`,
      file: programme.file,
      path: ['statedTotals', i],
      indicator: { id: total.id, label: total.label, unit: 'currency', unitLabel: 'zł', values: [] },
      values: [{ ...placeValue(amountOf(total), period), kind: 'budget' as const }],
    }),
  );
  return out;
}

/** A stated total without its id and label: the amount and its time. */
const amountOf = ({ id: _id, label: _label, ...amount }: Programme['statedTotals'][number]) => amount;

/** The document and section a value is cited from: a task only by the id the document printed. */
function taskSection(section: string, task?: Task): string {
  return task?.id ? `${section}, ${t.section.task(task.id)}` : section;
}

/** Adds each report's achieved values to the indicators they name; returns ids that matched nothing. */
export function attachReports(indicators: PlacedIndicator[], reports: Entry<Report>[]): string[] {
  const byId = new Map(indicators.map((p) => [p.indicator.id, p]));
  const unknown: string[] = [];
  for (const report of reports) {
    for (const v of report.data.values) {
      const target = byId.get(v.indicator);
      if (!target) {
        unknown.push(v.indicator);
        continue;
      }
      target.values.push({
        year: report.data.year,
        time: { kind: 'year', year: report.data.year },
        kind: 'achieved',
        value: v.value,
        text: v.text,
        textDiffers: v.textDiffers,
        source: report.data.document,
      });
    }
  }
  return unknown;
}

export interface ProgrammeModel {
  slug: string;
  file: string;
  data: Programme;
  organisation: Entry<Organisation>;
  goals: Entry<Goal>[];
  statistics?: Entry<Statistics>;
  reports: Entry<Report>[];
  indicators: PlacedIndicator[];
}

export interface SiteModel {
  organisations: Entry<Organisation>[];
  institutions: Entry<Institution>[];
  glossary: GlossaryEntry[];
  series: SeriesEntry[];
  programmes: ProgrammeModel[];
}

/** Assembles the site. Assumes the content passed the cross-check (see crossCheck.ts). */
export function buildSite(raw: RawContent): SiteModel {
  const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
  const programmes = raw.programmes
    .map((p): ProgrammeModel => {
      const organisation = raw.organisations.find((o) => o.id === p.data.organisation);
      if (!organisation) throw new Error(`${p.file}: nieznana organizacja ${p.data.organisation}`);
      const goals = raw.goals.filter((g) => g.programme === p.id).sort(byOrder);
      const statistics = raw.statistics.find((s) => s.programme === p.id);
      const reports = raw.reports.filter((r) => r.programme === p.id).sort((a, b) => a.data.year - b.data.year);
      const indicators = placeIndicators(p.id, p, goals, statistics);
      attachReports(indicators, reports);
      return { slug: p.id, file: p.file, data: p.data, organisation, goals, statistics, reports, indicators };
    })
    .sort((a, b) => b.data.periodStart - a.data.periodStart || a.slug.localeCompare(b.slug));
  const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, 'pl');
  return {
    organisations: [...raw.organisations].sort(byName),
    institutions: [...raw.institutions].sort(byName),
    glossary: raw.glossary,
    series: raw.series,
    programmes,
  };
}
