// How pages name a task or an action: by the number the document prints, and never by a number
// the site made up. A document that does not number its tasks gets headings with titles alone
// ("Zadanie: Kampanie", "Działanie: Dyżury"), while anchors and keys keep the positional ids
// (model.ts taskKey, PlacedAction.actionId) so links stay stable.
import { placeActions, type PlacedAction, type PlacedIndicator, type ProgrammeModel } from './model.ts';
import type { Goal } from '../schemas/goal.ts';

/**
 * The action's id as a page may print it: its own id, or the default one built on a printed task
 * id ("I.2.1") or on the goal id for actions directly under a goal ("1.3"). Undefined for an action
 * of an unnumbered task without an id of its own: "1.2.1" would read as the document's number.
 */
export const shownActionId = (pa: PlacedAction): string | undefined =>
  pa.task && pa.task.id === undefined && pa.action.id === undefined ? undefined : pa.actionId;

const placed = new WeakMap<Goal, PlacedAction[]>();
const actionsOf = (goal: Goal) => placed.get(goal) ?? placed.set(goal, placeActions(goal)).get(goal)!;

/** The placed action an indicator (or budget line) belongs to, if any. */
export function placedActionOf(p: ProgrammeModel, pi: Pick<PlacedIndicator, 'goal' | 'actionId'>): PlacedAction | undefined {
  if (!pi.goal || !pi.actionId) return undefined;
  const goal = p.goals.find((g) => g.data.id === pi.goal);
  return goal ? actionsOf(goal.data).find((pa) => pa.actionId === pi.actionId) : undefined;
}

/** Where an indicator sits, as a page names it: the task by its printed id or its title, the action by its shown id. */
export interface ShownPlace {
  /** The key tasks are grouped by (printed id, or "<goal>.<position>"); '' for actions directly under the goal. */
  taskKey: string;
  /** The printed task id, if any. */
  taskId?: string;
  taskTitle?: string;
  actionId?: string;
  actionTitle?: string;
}

export function shownPlace(p: ProgrammeModel, pi: Pick<PlacedIndicator, 'goal' | 'actionId' | 'task' | 'action'>): ShownPlace {
  const pa = placedActionOf(p, pi);
  if (!pa) return { taskKey: pi.task ?? '', taskId: pi.task, actionId: pi.actionId, actionTitle: pi.action };
  return {
    taskKey: pa.taskKey ?? '',
    taskId: pa.task?.id,
    taskTitle: pa.task?.title,
    actionId: shownActionId(pa),
    actionTitle: pa.action.title,
  };
}
