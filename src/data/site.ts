// The one place pages get content from: reads the collections once per build and hands back the
// plain site model from src/lib/model.ts (plus the entries, for rendering MDX bodies).
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSite, type RawContent, type SiteModel } from '../lib/model.ts';
import type { FilterSources } from '../lib/searchFilters.ts';
import { orderedHelplines } from '../lib/help.ts';

const programmeOf = (id: string) => id.split('/')[0]!;
const fileOf = (e: { filePath?: string }) => e.filePath ?? '';

async function load(): Promise<{ site: SiteModel; entries: Entries }> {
  const [organisations, institutions, glossary, series, programmes, goals, statistics, reports] = await Promise.all([
    getCollection('organisations'),
    getCollection('institutions'),
    getCollection('glossary'),
    getCollection('series'),
    getCollection('programmes'),
    getCollection('goals'),
    getCollection('statistics'),
    getCollection('reports'),
  ]);
  const raw: RawContent = {
    organisations: organisations.map((e) => ({ id: e.id, file: fileOf(e), data: e.data })),
    institutions: institutions.map((e) => ({ id: e.id, file: fileOf(e), data: e.data })),
    glossary: glossary.map((e) => e.data),
    series: series.map((e) => e.data),
    programmes: programmes.map((e) => ({ id: e.id, file: fileOf(e), data: e.data })),
    goals: goals.map((e) => ({ id: e.id, programme: programmeOf(e.id), file: fileOf(e), data: e.data })),
    statistics: statistics.map((e) => ({ id: e.id, programme: e.id, file: fileOf(e), data: e.data })),
    reports: reports.map((e) => ({ id: e.id, programme: programmeOf(e.id), file: fileOf(e), data: e.data })),
  };
  return {
    site: buildSite(raw),
    entries: {
      programme: new Map(programmes.map((e) => [e.id, e])),
      goal: new Map(goals.map((e) => [e.id, e])),
      report: new Map(reports.map((e) => [e.id, e])),
    },
  };
}

interface Entries {
  programme: Map<string, CollectionEntry<'programmes'>>;
  goal: Map<string, CollectionEntry<'goals'>>;
  report: Map<string, CollectionEntry<'reports'>>;
}

let cache: ReturnType<typeof load> | undefined;
const loaded = () => (cache ??= load());

export const getSite = async () => (await loaded()).site;

let filterSources: Promise<FilterSources> | undefined;

/** What every page's search filters are looked up in (SearchFilters.astro): built once per build. */
export const getFilterSources = () =>
  (filterSources ??= getSite().then((site) => {
    const orgNames = new Map(site.organisations.map((o) => [o.id, o.data.name]));
    return {
      programmes: site.programmes.map((p) => ({ slug: p.slug, title: p.data.shortTitle, organisation: p.organisation.data.name })),
      institutions: site.institutions.map((i) => ({ id: i.id, organisation: orgNames.get(i.data.organisation) ?? i.data.organisation })),
    };
  }));
export const getEntries = async () => (await loaded()).entries;

/** The national helplines (content/helplines.yaml), the emergency number first, in the file's order. */
export const getHelplines = async () => orderedHelplines((await getCollection('helplines')).map((e) => e.data));

/** The phrase → help topic mapping (content/help-topics.yaml), in the file's order. */
export const getHelpTopics = async () => (await getCollection('helpTopics')).map((e) => e.data);
