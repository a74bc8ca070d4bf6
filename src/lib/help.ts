// Residents come with a need, not an institution name: "I need a safe place tonight". Each need
// is defined by the kinds of help and the audiences that answer it (as the sources describe them).
import type { Institution } from '../schemas/institution.ts';
import type { Entry } from './model.ts';

type HelpKind = Institution['helpKinds'][number];
type Audience = Institution['audiences'][number];

export interface Need {
  id: 'bezpieczne-miejsce' | 'rozmowa' | 'dziecko' | 'zmiana' | 'sprawy-urzedowe';
  kinds: HelpKind[];
  audiences: Audience[];
}

export const NEEDS: readonly Need[] = [
  { id: 'bezpieczne-miejsce', kinds: ['shelter'], audiences: [] },
  { id: 'rozmowa', kinds: ['crisis-intervention', 'psychological', 'helpline', 'support-group', 'therapy'], audiences: [] },
  { id: 'dziecko', kinds: ['family-assistant'], audiences: ['children'] },
  { id: 'zmiana', kinds: ['perpetrator-programme'], audiences: ['perpetrators'] },
  { id: 'sprawy-urzedowe', kinds: ['legal', 'financial', 'social-work'], audiences: [] },
];

/** Does the institution, as its sources describe it, answer this need? */
export const answers = (institution: Institution, need: Need): boolean =>
  institution.helpKinds.some((k) => need.kinds.includes(k)) || institution.audiences.some((a) => need.audiences.includes(a));

/** Institutions answering a need, grouped by municipality (organisation id), in the given order. */
export function byNeed<T extends Entry<Institution>>(institutions: readonly T[], need: Need): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const inst of institutions) {
    if (!answers(inst.data, need)) continue;
    groups.set(inst.data.organisation, [...(groups.get(inst.data.organisation) ?? []), inst]);
  }
  return groups;
}
