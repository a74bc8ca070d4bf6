// What Pagefind should know about a page for filtering, derived from its URL and the site model:
// the content type, the programme and municipality it belongs to, and the year where one applies.

export interface FilterSources {
  programmes: { slug: string; title: string; organisation: string }[];
  institutions: { id: string; organisation: string }[];
}

export interface PageFilters {
  type: string;
  programme?: string;
  organisation?: string;
  year?: string;
}

export const TYPE_NAMES = {
  programme: 'program',
  goal: 'cel',
  report: 'sprawozdanie',
  indicator: 'wskaźnik',
  help: 'pomoc',
  data: 'dane',
  page: 'informacje',
} as const;

export function pageFilters(pathname: string, src: FilterSources): PageFilters {
  const parts = pathname.split('/').filter(Boolean);
  const programme = (slug?: string) => src.programmes.find((p) => p.slug === slug);
  const withProgramme = (type: string, slug?: string, year?: string): PageFilters => {
    const p = programme(slug);
    return { type, ...(p && { programme: p.title, organisation: p.organisation }), ...(year && { year }) };
  };
  if (parts[0] === 'programy' && parts[1]) {
    if (parts[2] === 'cele') return withProgramme(TYPE_NAMES.goal, parts[1]);
    if (parts[2] === 'sprawozdania') return withProgramme(TYPE_NAMES.report, parts[1], parts[3]);
    return withProgramme(TYPE_NAMES.programme, parts[1]);
  }
  if (parts[0] === 'wskazniki' && parts[1] && parts[1] !== 'serie') {
    // An indicator's page, or its programme's explorer table (data).
    return withProgramme(parts[2] ? TYPE_NAMES.indicator : TYPE_NAMES.data, parts[1]);
  }
  if (parts[0] === 'pomoc') {
    const inst = src.institutions.find((i) => i.id === parts[1]);
    return { type: TYPE_NAMES.help, ...(inst && { organisation: inst.organisation }) };
  }
  if (parts[0] === 'dane' || parts[0] === 'wskazniki') return { type: TYPE_NAMES.data };
  return { type: TYPE_NAMES.page };
}

/**
 * Result groups on the search page, in the order residents need them: help first, data last.
 * `lists`: the group's results include programmes' indicator lists, one result giving several
 * indicators, so its count is of pages, not of links.
 */
/** The filters Pagefind indexes (data-pagefind-filter) and the search form offers. */
export type SearchFilterName = 'program' | 'gmina' | 'typ' | 'rok';

export const RESULT_GROUPS = [
  { id: 'help', types: [TYPE_NAMES.help], lists: false },
  { id: 'programmes', types: [TYPE_NAMES.programme, TYPE_NAMES.goal, TYPE_NAMES.report], lists: false },
  { id: 'indicators', types: [TYPE_NAMES.indicator, TYPE_NAMES.data], lists: true },
  { id: 'other', types: [TYPE_NAMES.page], lists: false },
] as const;
export type ResultGroupId = (typeof RESULT_GROUPS)[number]['id'];
