// What the build's collections hold, next to what `npm run check` validated: for the tests that
// prove one reading (every content file gives the same data in both).
import { readFileSync } from 'node:fs';
import { parse } from 'devalue';
import type { RawContent } from '../../src/lib/model.ts';

/** collection → file → data; the list collections (glossary, series) → key → data. */
export type Reading = Record<string, Map<string, unknown>>;

const listKey = { glossary: 'abbr', series: 'id' } as const;
const fileCollections = ['organisations', 'institutions', 'programmes', 'goals', 'statistics', 'reports'] as const;

/** The checker's reading (its data after the schemas), by collection and file. */
export function checkerReading(raw: RawContent): Reading {
  const out: Reading = {};
  for (const c of fileCollections) out[c] = new Map((raw[c] as { file: string; data: unknown }[]).map((e) => [e.file, e.data]));
  for (const [c, key] of Object.entries(listKey))
    out[c] = new Map((raw[c as 'glossary'] as Record<string, unknown>[]).map((e) => [String(e[key]), e]));
  return out;
}

/** Astro's data store (data-store.json in the build's cache folder), the same shape. */
export function storeReading(dataStoreFile: string): Reading {
  const store = parse(readFileSync(dataStoreFile, 'utf8')) as Map<string, Map<string, { id: string; data: unknown; filePath?: string }>>;
  const out: Reading = {};
  for (const c of fileCollections) out[c] = new Map([...(store.get(c) ?? new Map()).values()].map((e) => [e.filePath ?? '', e.data]));
  for (const c of Object.keys(listKey)) out[c] = new Map([...(store.get(c) ?? new Map()).values()].map((e) => [e.id, e.data]));
  return out;
}

/** Plain, comparable form: maps to sorted objects. */
export const comparable = (r: Reading) =>
  Object.fromEntries(Object.entries(r).map(([c, m]) => [c, Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)))]));
