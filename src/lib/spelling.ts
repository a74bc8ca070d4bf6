// Typo tolerance for search, without a second engine: when a word of the query finds nothing, the
// closest word of the index's own vocabulary (the words of the pages Pagefind indexed, written to
// /szukaj/slowa.json by the build) is tried instead — one edit for words of 4–7 letters, two from 8.
import { editDistance, fold } from './text.ts';

/** The vocabulary of indexed pages: lower-case words of 4+ letters, most frequent first. */
export function vocabulary(texts: Iterable<string>, limit = 30_000): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of text.toLocaleLowerCase('pl').match(/\p{L}{4,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w);
}

/** How many edits a word of this length may be off by and still count as a typo. */
export const allowedEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * The vocabulary word closest to `word` (fewest edits; ties go to the more frequent, earlier word),
 * or undefined when the word is in the vocabulary or nothing is close enough.
 */
export function correction(word: string, vocab: readonly string[]): string | undefined {
  const w = fold(word.toLocaleLowerCase('pl'));
  const limit = allowedEdits(w.length);
  if (limit === 0) return undefined;
  let best: { word: string; d: number } | undefined;
  for (const candidate of vocab) {
    const c = fold(candidate);
    if (Math.abs(c.length - w.length) > limit) continue;
    if (c === w) return undefined;
    const d = editDistance(w, c);
    if (d <= limit && (!best || d < best.d)) best = { word: candidate, d };
  }
  return best?.word;
}

/** The query with each word that found nothing replaced by its correction; undefined when none changed. */
export function correctedQuery(query: string, missing: ReadonlySet<string>, vocab: readonly string[]): string | undefined {
  let changed = false;
  const out = query
    .trim()
    .split(/\s+/)
    .map((w) => {
      if (!missing.has(w)) return w;
      const c = correction(w, vocab);
      if (c) changed = true;
      return c ?? w;
    });
  return changed ? out.join(' ') : undefined;
}
