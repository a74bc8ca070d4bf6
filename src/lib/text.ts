// Words as people type them, compared and turned into ids: the one fold of case and Polish
// diacritics, the edit distance behind every "did you mean …?", and the ASCII slug of ids.
// Nothing here may import a module the explorer's or the charts' browser scripts load: the search
// script carries this module, and a module two scripts share becomes a chunk of its own.

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment),
 * so "valeus" is one step from "values" — the typo editors make most.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Strips case and Polish diacritics: "UnitLabel" and "unitlabel", "rok" and "Rók", "Łódź" and
 * "lodz" compare equal. Combining marks (U+0300–U+036F) go whether precomposed ("ó") or typed
 * apart ("o" + U+0301); "ł" and "Ł", which Unicode does not decompose, become "l".
 */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();

/**
 * Lower-case ASCII slug for ids: "Liczba porad (ogółem)" → "liczba-porad-ogolem". Above `max`
 * characters it is cut at a hyphen past the 20th character (or at `max` where there is none).
 */
export function slugify(text: string, max = Infinity): string {
  const ascii = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-$/, '');
}
