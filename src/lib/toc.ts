// Tables of contents for long pages: the page's own sections (fixed ids, only those it renders) and
// the chapters of an MDX body (Astro's headings of depth 2, without the footnotes' hidden heading).

export interface TocEntry {
  id: string;
  label: string;
}

/** The heading list Astro's render() returns for an MDX body. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Chapters of a body: its second-level headings, in order. */
export const chapters = (headings: readonly MarkdownHeading[]): TocEntry[] =>
  headings.filter((h) => h.depth === 2 && h.slug !== 'footnote-label').map((h) => ({ id: h.slug, label: h.text }));

/** The sections a page shows, in order: entries whose condition is false are left out. */
export const sections = (entries: readonly (TocEntry & { shown: boolean })[]): TocEntry[] =>
  entries.filter((e) => e.shown).map(({ id, label }) => ({ id, label }));
