// Reads content/ directly with the YAML parser (not through src/lib) and lists every value an
// editor wrote, so build tests can compare the export with the content independently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export interface ContentValue {
  programme: string;
  kind: string;
  year: number | null;
  value: number | null;
  text: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

function dataOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.mdx')) return parse(text);
  return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
}

/** Every value object under a `values` key (kind + text), every budget line and stated total. */
function collect(node: unknown, key: string, out: Omit<ContentValue, 'programme'>[]): void {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (item && typeof item === 'object' && 'text' in item) {
        const v = item as { kind?: string; year?: number; value?: number; text: string };
        if (key === 'values' && v.kind) out.push({ kind: v.kind, year: v.year ?? null, value: v.value ?? null, text: v.text });
        if (key === 'budget' || key === 'statedTotals')
          out.push({ kind: 'budget', year: v.year ?? null, value: v.value ?? null, text: v.text });
      }
      collect(item, key, out);
    }
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) collect(v, k, out);
  }
}

export function contentValues(contentDir = 'content'): ContentValue[] {
  const out: ContentValue[] = [];
  for (const file of walk(join(contentDir, 'programmes'))) {
    const [programme, ...rest] = relative(join(contentDir, 'programmes'), file).split(sep);
    const data = dataOf(file);
    const found: Omit<ContentValue, 'programme'>[] = [];
    if (rest[0] === 'reports') {
      const year = data.year as number;
      for (const v of data.values as { value?: number; text: string }[])
        found.push({ kind: 'achieved', year, value: v.value ?? null, text: v.text });
    } else collect(data, '', found);
    out.push(...found.map((f) => ({ programme: programme!, ...f })));
  }
  return out;
}

/** Polish number format written independently of src/lib/format.ts: 1230830 → "1 230 830", 23.5 → "23,5". */
export function polish(n: number): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
