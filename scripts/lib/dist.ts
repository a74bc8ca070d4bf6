// Helpers for reading the built site in tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ExportRow } from '../../src/lib/exportRows.ts';

export const DIST = resolve(process.env.MIERNIK_OUT ?? 'dist');

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Visible text of an HTML page with white space (incl. no-break spaces) folded to single spaces. */
export function pageText(path: string): string {
  return readDist(path)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[\s\u00a0]+/g, ' ');
}

export const exportJson = (): ExportRow[] => JSON.parse(readDist('dane/wskazniki.json'));

/** Every HTML file of a built site (dist/ by default), as paths relative to it with `/` separators. */
export function htmlPages(root = DIST, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlPages(root, full);
    return name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : [];
  });
}
