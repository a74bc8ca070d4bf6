// `npm run build`: content check (every problem at once, file:line), then `astro build`, then each
// indicator's own downloads and the Pagefind index over dist/. Any error stops the build with a non-zero exit.
// Everything is built into a temporary folder next to dist/ (dist.partial/) and moved into place only
// when every step succeeded: a failed build leaves the previous dist/ as it was. No step prints a
// stack trace: a failure names the file when one is known and says what to do.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { isShallowClone } from '../src/data/gitDates.ts';
import { isStackLine } from './lib/buildErrors.ts';

// Pages show the date each content file last changed, from git: a shallow clone knows only the
// latest commit and would give every page that date. Tests that build throwaway copies opt out.
if (isShallowClone() && process.env.MIERNIK_ALLOW_SHALLOW !== '1') {
  console.error(
    'Budowanie przerwane: to płytka kopia repozytorium (git clone --depth), daty zmian na stronach byłyby błędne — pobierz pełną historię: git fetch --unshallow. / Build stopped: shallow clone, page dates would be wrong — run git fetch --unshallow.',
  );
  process.exit(1);
}

const dist = resolve(process.env.MIERNIK_OUT ?? 'dist');
// Built here, moved to dist/ only when every step succeeded. A fixed name (not a random one).
const partial = `${dist}.partial`;
const previous = `${dist}.previous`;

let status: number;
try {
  const { buildSteps } = await import('./lib/buildSteps.ts');
  status = await buildSteps(dist, partial, previous);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const input = (error as { input?: unknown }).input;
  const hint =
    input !== undefined && input === process.env.SITE_URL
      ? ` („${input}”) — SITE_URL musi być pełnym adresem, np. https://dane.example.pl`
      : '';
  console.error(
    `Budowanie przerwane: ${message
      .split('\n')
      .filter((l) => !isStackLine(l))
      .join(
        '\n',
      )}${hint}\nPoprzednia wersja ${dist} została bez zmian. Uruchom „npm run check”; jeśli nie pokazuje błędu, przekaż ten komunikat opiekunom serwisu.`,
  );
  status = 1;
}
if (status !== 0) rmSync(partial, { recursive: true, force: true });
process.exit(status);
