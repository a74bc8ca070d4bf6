// The open-data list of actions (/dane/dzialania.*): one row per action of every programme, with
// who carries it out, its schedule as printed and the years it covers, its funding and the sum of
// its budget lines. `action` is the id the site knows the action by (its anchor on the goal page),
// the key that mierniki.action refers to.
import type { Implementer } from '../schemas/goal.ts';
import type { Institution } from '../schemas/institution.ts';
import { periodOf, placeActions, type Entry, type PlacedAction, type ProgrammeModel, type SiteModel } from './model.ts';
import { actionUrl } from './urls.ts';
import { resolveTime, timeSpan } from './valueTime.ts';

export const ACTION_FIELDS = [
  'programme',
  'organisation',
  'goal',
  'task',
  'action',
  'title',
  'implementers',
  'schedule',
  'scheduleStart',
  'scheduleEnd',
  'funding',
  'budgetTotal',
  'url',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface ActionRow {
  programme: string;
  organisation: string;
  goal: string;
  /** The task's id as printed; null where the action has no task or the document does not number it. */
  task: string | null;
  /** The action's id on the site ("1.2.1"): unique within the programme. */
  action: string;
  title: string;
  implementers: string | null;
  /** "Termin realizacji" as printed. */
  schedule: string | null;
  /** First year of the schedule: its year, the start of its range; null when it names no years. */
  scheduleStart: number | null;
  scheduleEnd: number | null;
  funding: string | null;
  /** The action's budget lines added up as printed (per-year and whole-period amounts alike); null without any. */
  budgetTotal: number | null;
  url: string;
}

/** An action placed in its programme: the goal it belongs to and its place there. */
export interface ProgrammeAction extends PlacedAction {
  goal: string;
}

/** Every action of a programme in reading order (goals by order, then tasks, then actions). */
export const programmeActions = (p: ProgrammeModel): ProgrammeAction[] =>
  p.goals.flatMap((g) => placeActions(g.data).map((pa) => ({ ...pa, goal: g.data.id })));

/** Implementers' names joined by "; ": an institution by its name in content/institutions, another body as printed; null for none. */
export function implementerNames(implementers: readonly Implementer[], institutions: readonly Entry<Institution>[]): string | null {
  const names = implementers.map((imp) =>
    'name' in imp ? imp.name : (institutions.find((i) => i.id === imp.institution)?.data.name ?? imp.institution),
  );
  return names.length > 0 ? names.join('; ') : null;
}

/** The sum of budget amounts, to the grosz (binary fractions would otherwise show: 0.1 + 0.2). */
const total = (values: readonly number[]) => (values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100 : null);

export function actionRows(p: ProgrammeModel, institutions: readonly Entry<Institution>[], siteUrl = ''): ActionRow[] {
  const period = periodOf(p.data);
  return programmeActions(p).map(({ action, actionId, task, goal }): ActionRow => {
    const span = action.schedule ? timeSpan(resolveTime(action.schedule, period)) : { start: null, end: null };
    return {
      programme: p.slug,
      organisation: p.organisation.id,
      goal,
      task: task?.id ?? null,
      action: actionId,
      title: action.title,
      implementers: implementerNames(action.implementers, institutions),
      schedule: action.schedule?.text ?? null,
      scheduleStart: span.start,
      scheduleEnd: span.end,
      funding: action.funding ?? null,
      budgetTotal: total(action.budget.map((b) => b.value)),
      url: siteUrl + actionUrl(p.slug, goal, actionId),
    };
  });
}

export const siteActionRows = (site: SiteModel, siteUrl = '') => site.programmes.flatMap((p) => actionRows(p, site.institutions, siteUrl));
