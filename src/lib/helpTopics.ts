// Everyday words → help topics (content/help-topics.yaml), matched in the browser before the search
// index answers: "mąż mnie bije", "nie mam gdzie spać", "psyholog". A phrase matches when each of its
// words is found among the query's words — the same word, an inflected form (a shared beginning) or a
// small typo (an edit per five letters); longer phrases count for more, so "biję żonę" (I use
// violence) wins over "bije" (someone beats me).
import { editDistance, fold } from './text.ts';

/** What the search page ships per topic: its id, whether it is a cry for help, its phrases. */
export interface TopicPhrases {
  id: string;
  urgent: boolean;
  phrases: string[];
}

/** Lower-case words without punctuation; diacritics kept (folded only when comparing). */
export const words = (text: string): string[] => text.toLocaleLowerCase('pl').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Do a phrase word and a query word mean the same here? */
export function sameWord(phraseWord: string, queryWord: string): boolean {
  const a = fold(phraseWord);
  const b = fold(queryWord);
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  // Inflection: "schronienie" / "schronienia", "porozmawiać" / "porozmawiam": a long shared beginning.
  const stem = Math.max(4, Math.min(a.length, b.length) - 2);
  if (shorter >= 5 && a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 3) return true;
  // A typo: one edit in words of 5–9 letters, two from 10.
  const allowed = shorter >= 10 ? 2 : shorter >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(a, b) <= allowed;
}

/** How well a phrase matches the query's words: the letters of the phrase, or 0 when a word is missing. */
export function phraseScore(phrase: string, query: readonly string[]): number {
  const used = new Set<number>();
  let score = 0;
  for (const w of words(phrase)) {
    const i = query.findIndex((q, n) => !used.has(n) && sameWord(w, q));
    if (i < 0) return 0;
    used.add(i);
    score += w.length;
  }
  return score;
}

/**
 * The topics a query asks for, best first: at most `limit`, and only those scoring at least half
 * the best (so "bije" does not bring every topic with a short word along).
 */
export function matchTopics<T extends TopicPhrases>(query: string, topics: readonly T[], limit = 2): T[] {
  const q = words(query);
  if (q.length === 0) return [];
  const scored = topics
    .map((topic, order) => ({ topic, order, score: Math.max(0, ...topic.phrases.map((p) => phraseScore(p, q))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || Number(b.topic.urgent) - Number(a.topic.urgent) || a.order - b.order);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((s) => s.score * 2 >= best)
    .slice(0, limit)
    .map((s) => s.topic);
}
