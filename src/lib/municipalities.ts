// A portal of many municipalities cannot list every programme and institution on its home page,
// /programy/ and /pomoc/ within a plain page's 25 KB budget. Each municipality has its own page
// (/gminy/<id>/: help by need and programmes); above LIST_ALL_MAX_PROGRAMMES those three pages
// list municipalities, and the municipality's page lists the rest.
import type { Entry, SiteModel } from './model.ts';
import type { Organisation } from '../schemas/organisation.ts';

/** Up to this many programmes, the home page, /programy/ and /pomoc/ list everything. */
export const LIST_ALL_MAX_PROGRAMMES = 30;

export const listsByMunicipality = (site: Pick<SiteModel, 'programmes'>) => site.programmes.length > LIST_ALL_MAX_PROGRAMMES;

export interface Municipality<P, I> {
  organisation: Entry<Organisation>;
  programmes: P[];
  institutions: I[];
}

/** Municipalities with at least one programme or institution, in the site's order. */
export function municipalities<P extends { organisation: { id: string } }, I extends { data: { organisation: string } }>(site: {
  organisations: readonly Entry<Organisation>[];
  programmes: readonly P[];
  institutions: readonly I[];
}): Municipality<P, I>[] {
  const programmes = Map.groupBy(site.programmes, (p) => p.organisation.id);
  const institutions = Map.groupBy(site.institutions, (i) => i.data.organisation);
  return site.organisations
    .map((organisation) => ({
      organisation,
      programmes: programmes.get(organisation.id) ?? [],
      institutions: institutions.get(organisation.id) ?? [],
    }))
    .filter((m) => m.programmes.length > 0 || m.institutions.length > 0);
}
