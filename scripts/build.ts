// `npm run build`: content check (every problem at once, file:line), then `astro build`, then the
// Pagefind index over dist/. Any error stops the build with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkContent, formatErrors } from './check/checkContent.ts';
import { buildSearchIndex } from './search-index.ts';

const contentDir = resolve(process.env.MIERNIK_CONTENT ?? 'content');
const { errors } = checkContent(contentDir);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`\nBudowanie przerwane: treść zawiera błędy (${errors.length}).`);
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (astro.status !== 0) process.exit(astro.status ?? 1);

await buildSearchIndex(resolve(process.env.MIERNIK_OUT ?? 'dist'), resolve(contentDir, 'search-synonyms.yaml'));
