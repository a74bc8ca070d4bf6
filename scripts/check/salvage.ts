// "Every problem at once" inside one file too: when a file fails its schema, the checker still
// checks what did parse. The list element that holds each schema error (a value, an indicator,
// an action…) is set aside and the rest parsed again, so a wrong number in one indicator does not
// hide an unknown institution two actions further down. Fields at the top of a file that nothing
// else refers to (a title, a summary) get a stand-in; a broken id, year or period cannot be
// stood in for, and such a file is not checked further. Paths of later problems are mapped back
// to the file as written, so lines stay right although elements were set aside.
import type { z } from 'zod';
import type { Path } from '../../src/lib/model.ts';

export interface Salvaged {
  /** The parsed data without the broken parts. */
  data: unknown;
  /** A path in `data` as a path in the file as written. */
  toOriginal(path: Path): Path;
}

const DASH = '—';
/** Stand-ins for top-level fields no other check reads, by content type; the year of a report is its file name's. */
export function standIns(rel: string): Record<string, unknown> {
  if (/^programmes\/[^/]+\/index\.mdx$/.test(rel))
    return {
      title: DASH,
      shortTitle: DASH,
      summary: DASH,
      status: 'draft',
      document: { title: DASH },
      mainGoal: undefined,
      adoptingAct: undefined,
    };
  if (/^programmes\/[^/]+\/goals\//.test(rel)) return { title: DASH, order: 1, summary: undefined, section: undefined };
  const report = /^programmes\/[^/]+\/reports\/(\d{4})\.mdx$/.exec(rel);
  if (report) return { title: DASH, document: DASH, year: Number(report[1]) };
  if (/^(organisations|institutions)\//.test(rel)) return { name: DASH, shortName: DASH };
  return {};
}

/**
 * An action without an `id` is known by its position ("1.1.2"): setting one aside would renumber
 * the ones after it, and messages would name the wrong action. Goal files get those ids written
 * in before anything is set aside.
 */
function pinActionIds(rel: string, data: unknown): unknown {
  if (!/^programmes\/[^/]+\/goals\//.test(rel) || !isObject(data)) return data;
  const pin = (actions: unknown, prefix: unknown) =>
    Array.isArray(actions) && typeof prefix === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(prefix)
      ? actions.map((a, i) => (isObject(a) && a.id === undefined ? { ...a, id: `${prefix}.${i + 1}` } : a))
      : actions;
  const tasks = Array.isArray(data.tasks) ? data.tasks.map((t) => (isObject(t) ? { ...t, actions: pin(t.actions, t.id) } : t)) : data.tasks;
  return {
    ...data,
    ...(data.tasks !== undefined && { tasks }),
    ...(data.actions !== undefined && { actions: pin(data.actions, data.id) }),
  };
}

const keyOf = (path: Path) => JSON.stringify(path);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `rel`: the file's path in the content folder, which says what it is (see standIns). */
export function salvage(schema: z.ZodType, data: unknown, rel: string): Salvaged | undefined {
  const original = pinActionIds(rel, data);
  const stand = standIns(rel);
  const removed = new Set<string>();
  const overrides = new Map<string, unknown>();

  const build = (node: unknown, at: Path): unknown => {
    if (Array.isArray(node)) return node.flatMap((el, j) => (removed.has(keyOf([...at, j])) ? [] : [build(el, [...at, j])]));
    if (isObject(node)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) if (!removed.has(keyOf([...at, k]))) out[k] = build(v, [...at, k]);
      if (at.length === 0)
        for (const [k, v] of overrides)
          if (v === undefined) delete out[k];
          else out[k] = v;
      return out;
    }
    return node;
  };

  const toOriginal = (path: Path): Path => {
    const out: Path = [];
    let node: unknown = original;
    for (const seg of path) {
      if (out.length === 1 && overrides.has(String(out[0]))) return [...out, ...path.slice(1)];
      if (Array.isArray(node) && typeof seg === 'number') {
        let seen = -1;
        let j = 0;
        for (; j < node.length; j++) if (!removed.has(keyOf([...out, j])) && ++seen === seg) break;
        out.push(j);
        node = node[j];
      } else {
        out.push(seg);
        node = isObject(node) ? node[String(seg)] : undefined;
      }
    }
    return out;
  };

  if (!isObject(original) && !Array.isArray(original)) return undefined;
  for (let round = 0; round < 50; round++) {
    const result = schema.safeParse(build(original, []));
    if (result.success) return { data: result.data, toOriginal };
    let progress = false;
    const mark = (path: Path) => {
      if (removed.has(keyOf(path))) return;
      removed.add(keyOf(path));
      progress = true;
    };
    for (const issue of result.error.issues) {
      const path = toOriginal(issue.path as Path);
      // The whole list element goes, even for an unknown key: `{ value: 23,5 }` is value 23 plus
      // a key "5", and checking the 23 would report the same mistake a second time.
      const last = path.findLastIndex((seg) => typeof seg === 'number');
      if (last >= 0) mark(path.slice(0, last + 1));
      else if (issue.code === 'unrecognized_keys') for (const key of issue.keys) mark([...path, key]);
      else {
        const top = String(path[0] ?? '');
        if (!(top in stand) || overrides.has(top)) return undefined;
        overrides.set(top, stand[top]);
        progress = true;
      }
    }
    if (!progress) return undefined;
  }
  return undefined;
}
