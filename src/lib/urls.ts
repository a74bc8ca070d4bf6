// Every internal URL in one place, so pages, the export and tests agree.
import { goalSlug } from './format.ts';

export const programmeUrl = (slug: string) => `/programy/${slug}/`;
export const goalUrl = (slug: string, goalId: string) => `/programy/${slug}/cele/${goalSlug(goalId)}/`;
export const reportUrl = (slug: string, year: number) => `/programy/${slug}/sprawozdania/${year}/`;
export const indicatorUrl = (slug: string, indicatorId: string) => `/wskazniki/${slug}/${encodeURIComponent(indicatorId)}/`;
export const programmeIndicatorsUrl = (slug: string) => `/wskazniki/${slug}/`;
export const institutionUrl = (id: string) => `/pomoc/${id}/`;
export const municipalityUrl = (organisationId: string) => `/gminy/${organisationId}/`;
export const dataUrl = (file: string) => `/dane/${file}`;

/** The public address prefix for absolute URLs in the export ('' when SITE_URL is not set). */
export const siteBase = (site?: URL) => (site ? site.href.replace(/\/$/, '') : '');
