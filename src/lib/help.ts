// Residents come with a need, not an institution name: "I am in danger now", "I want to talk".
// Which institutions answer a need, and how directly, is declared in content (each institution's
// `help` entries: need, rank, a one-line description); this module only orders and groups them.
import type { Institution } from '../schemas/institution.ts';
import type { Helpline } from '../schemas/helpline.ts';
import { needId, type NeedId } from '../schemas/need.ts';
import type { Entry } from './model.ts';

export interface Need {
  id: NeedId;
}

/** The answers of /pomoc/, in the order a resident needs them: the first three open the page. */
export const NEEDS: readonly Need[] = needId.options.map((id) => ({ id }));
/** How many answers open /pomoc/ ("in danger now", "want to talk", "for a child / senior / person with a disability"). */
export const FIRST_ANSWERS = 3;

/** The institution's entry for a need, if it declares one. */
export const helpFor = (institution: Institution, need: NeedId) => institution.help.find((h) => h.need === need);

/** Does the institution, as its content declares, answer this need? */
export const answers = (institution: Institution, need: Need): boolean => helpFor(institution, need.id) !== undefined;

/**
 * Institutions answering a need, grouped by municipality (organisation ids in alphabetical order, so
 * every answer lists the municipalities alike), each group ordered by how directly they help (rank 1
 * first); ties keep the given order.
 */
export function byNeed<T extends Entry<Institution>>(institutions: readonly T[], need: Need): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const inst of institutions) {
    if (!answers(inst.data, need)) continue;
    groups.set(inst.data.organisation, [...(groups.get(inst.data.organisation) ?? []), inst]);
  }
  const rank = (i: T) => helpFor(i.data, need.id)!.rank;
  const ranked = (list: T[]) =>
    list
      .map((i, n) => ({ i, n }))
      .sort((a, b) => rank(a.i) - rank(b.i) || a.n - b.n)
      .map((x) => x.i);
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([org, list]) => [org, ranked(list)]));
}

/** Helplines in the order they are shown: the emergency number first, then as in the file. */
export const orderedHelplines = <T extends Helpline>(helplines: readonly T[]): T[] =>
  [...helplines].sort((a, b) => Number(b.emergency) - Number(a.emergency));

/** Helplines that belong to a need's answer, emergency number first. */
export const helplinesFor = <T extends Helpline>(helplines: readonly T[], need: NeedId): T[] =>
  orderedHelplines(helplines.filter((h) => h.needs.includes(need)));

/** The emergency number and the first other helpline: what every page shows at least. */
export function essentialHelplines<T extends Helpline>(helplines: readonly T[]): T[] {
  const ordered = orderedHelplines(helplines);
  const emergency = ordered.filter((h) => h.emergency).slice(0, 1);
  const other = ordered.filter((h) => !h.emergency).slice(0, 1);
  return [...emergency, ...other];
}

/** The href of a phone number: "tel:800120002" (spaces dropped, a leading + kept). */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** A number as shown: its groups joined by no-break spaces, so it never wraps mid-number. */
export const shownNumber = (number: string) => number.replace(/ /g, '\u00a0');

/** A helpline's stated facts for one line, only those its source gives: ["bezpłatna", "całodobowa"]. */
export const helplineFacts = (h: Helpline): string[] => [h.cost, h.hours].filter((x): x is string => Boolean(x));
