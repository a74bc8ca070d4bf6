// Extra search terms for a page: when its text contains any term of a synonym group, the other
// terms of the group are indexed with it, so "schronisko" finds a page that says "schronienie".
import type { SynonymGroup } from '../schemas/searchSynonyms.ts';

const normalise = (s: string) => s.toLocaleLowerCase('pl').replace(/\s+/g, ' ');

/** Whole-word (or whole-phrase) match, Polish letters included. */
function contains(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export function extraTerms(pageText: string, groups: readonly SynonymGroup[]): string[] {
  const text = normalise(pageText);
  const extra = new Set<string>();
  for (const group of groups) {
    const terms = group.terms.map(normalise);
    if (!terms.some((t) => contains(text, t))) continue;
    for (const t of terms) if (!contains(text, t)) extra.add(t);
  }
  return [...extra];
}
