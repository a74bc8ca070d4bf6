// Marks abbreviations from the glossary: the first use of each on a page gets its full name.
import type { GlossaryEntry } from '../schemas/glossary.ts';

export type Segment = { text: string } | { abbr: string; title: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression matching any glossary abbreviation as a whole word (longest first). */
export function abbreviationPattern(glossary: readonly GlossaryEntry[]): RegExp | undefined {
  if (glossary.length === 0) return undefined;
  const alternatives = [...glossary]
    .map((g) => g.abbr)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Splits text into plain parts and first uses of abbreviations. `seen` is shared across calls on
 * one page, so only the first use of each abbreviation is marked.
 */
export function splitAbbreviations(
  text: string,
  glossary: readonly GlossaryEntry[],
  seen: Set<string>,
  pattern = abbreviationPattern(glossary),
): Segment[] {
  if (!pattern) return [{ text }];
  const full = new Map(glossary.map((g) => [g.abbr, g.full]));
  const out: Segment[] = [];
  let last = 0;
  pattern.lastIndex = 0; // matchAll starts where a previous test()/exec() left off
  for (const m of text.matchAll(pattern)) {
    const abbr = m[1]!;
    if (seen.has(abbr)) continue;
    seen.add(abbr);
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ abbr, title: full.get(abbr)! });
    last = m.index + abbr.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
