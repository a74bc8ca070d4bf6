// Finds the line and column of a field in YAML source, from the parser's own node positions,
// so that editors are sent to the exact line of a problem (Astro reports nested fields at 0:0).
import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { readYaml } from './readYaml.ts';

export interface Position {
  line: number;
  col: number;
}

export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
}

/** Parsed with the project's one YAML reading (src/lib/readYaml.ts). */
export function parseLocated(source: string): LocatedYaml {
  const { doc, lines } = readYaml(source);
  return { doc, lines };
}

/**
 * The position of the deepest node on `path` that exists: the value of a key, or the key itself
 * when `atKey` is set (useful for an unknown key). Falls back to the closest existing parent.
 */
export function locate(located: LocatedYaml, path: readonly PropertyKey[], atKey = false): Position {
  const { doc, lines } = located;
  let node: unknown = doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyString(p.key) === String(key));
      if (!pair) break;
      if (last && atKey) {
        best = rangeOf(pair.key) ?? best;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
    best = rangeOf(node) ?? best;
  }
  const offset = best?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, col: pos.col };
}

function keyString(key: unknown): string {
  if (key && typeof key === 'object' && 'value' in key) return String((key as { value: unknown }).value);
  return String(key);
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
