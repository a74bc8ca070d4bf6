// The links a search result gives. A page is one link. A programme's indicator list (see
// searchRecords.ts) gives one link per matching indicator — to the indicator's own page — and the
// list page itself when the match is in its introduction, ranked by Pagefind's score. Pagefind
// requires every word of a query in a record, not in each of its sections, so for a query of
// several words the search page also searches each word alone and keeps the sections found by
// all of them (sectionsWithAll).

/** Meta key set on a programme's indicator-list record. */
export const INDICATOR_LIST_META = 'lista-wskaznikow';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  programme?: string;
}

const score = (s: SubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/** The key of a sub-result: its anchor's id, or '' for the part before the first anchor. */
export const sectionKey = (s: SubResult) => s.anchor?.id ?? '';

/** The words of a query, each searched alone to learn which sections hold all of them. */
export const queryWords = (q: string) => [...new Set(q.toLocaleLowerCase('pl').split(/\s+/).filter(Boolean))];

/** Sections (sectionKey) found by every one of the single-word searches. */
export function sectionsWithAll(perWord: readonly (readonly SubResult[])[]): Set<string> {
  const [first = [], ...rest] = perWord.map((subs) => new Set(subs.map(sectionKey)));
  return new Set([...first].filter((key) => rest.every((set) => set.has(key))));
}

/**
 * A result's links. `withAll`: for a query of several words, the sections holding every word;
 * others are left out of an indicator list (as an indicator's own page would have been).
 */
export function hitsOf(r: ResultData, withAll?: ReadonlySet<string>): Hit[] {
  const programme = r.meta.program;
  const page: Hit = { url: r.url, title: r.meta.title ?? r.url, excerpt: r.excerpt, ...(programme && { programme }) };
  if (!r.meta[INDICATOR_LIST_META] || !r.sub_results?.length) return [page];
  const base = r.url.split('#')[0]!.replace(/\/?$/, '/');
  return r.sub_results
    .map((s, i) => ({ s, i, score: score(s) }))
    .filter(({ s }) => !withAll || withAll.has(sectionKey(s)))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ s }) =>
      s.anchor
        ? { url: `${base}${encodeURIComponent(s.anchor.id)}/`, title: s.title, excerpt: s.excerpt, ...(programme && { programme }) }
        : { ...page, excerpt: s.excerpt },
    );
}
