// The entries of glossary.yaml and series.yaml by key, for Astro's file() loader, which keeps the
// last of two entries with one key and says nothing. The content check reports such a duplicate
// with its line (scripts/check/identity.ts); this refuses it too, so that a build that skips the
// check (`astro build` run by hand) cannot publish one entry in place of the other either.
export function byUniqueKey<T extends Record<string, unknown>>(
  items: readonly T[],
  key: keyof T & string,
  file: string,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) {
    const id = String(item[key]).trim();
    if (Object.hasOwn(out, id))
      throw new Error(`${file}: „${id}” występuje dwa razy (pole ${key}); zostaw jeden wpis i uruchom „npm run check”`);
    out[id] = item;
  }
  return out;
}
