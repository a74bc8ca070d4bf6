// What an editor sees when `astro build` fails after the content check passed: Astro's own lines
// without stack frames, then one Polish paragraph naming the content file the failure mentions.
import { relative, sep } from 'node:path';

/** Terminal colour codes, which Astro adds where it thinks a terminal reads (e.g. with CI=true). */
// eslint-disable-next-line no-control-regex -- the escape character is what is being matched
const ansi = /\x1b\[[0-9;]*m/g;

/** A stack frame ("    at render (file.js:1:2)") or Node's pointer to its internals, coloured or not. */
export const isStackLine = (line: string) => {
  const plain = line.replace(ansi, '');
  return /^\s+at\s/.test(plain) || /^\s*Stack trace:\s*$/.test(plain);
};

/** The first content file (with its line, when given) that Astro's output names. */
export function failedFile(output: string, contentDir: string): string | undefined {
  const rel = relative(process.cwd(), contentDir).split(sep).join('/') || '.';
  const escaped = [contentDir, rel].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const match = new RegExp(`(?:${escaped})/[^\\s:'"\`)]+\\.(?:mdx|yaml)(?::\\d+(?::\\d+)?)?`).exec(output);
  return match ? relative(process.cwd(), match[0]).split(sep).join('/') || match[0] : undefined;
}

export function astroFailure(output: string, contentDir: string): string {
  const file = failedFile(output, contentDir);
  const where = file ? ` przy pliku ${file}` : '';
  return `Budowanie przerwane: astro build zakończył się błędem${where} (komunikat powyżej). Poprzednia wersja serwisu została bez zmian. Uruchom „npm run check”${file ? ' i popraw ten plik' : ''}; jeśli sprawdzenie nie pokazuje błędu, przekaż ten komunikat opiekunom serwisu.`;
}
