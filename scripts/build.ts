// `npm run build`: content check (every problem at once, file:line), then `astro build`, then the
// Pagefind index over dist/. Any error stops the build with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkContent } from './check/checkContent.ts';
import { checkReport } from './check/report.ts';
import { writeFileSync } from 'node:fs';
import { buildSearchIndex } from './search-index.ts';
import { headersFile } from '../src/config/security.ts';
import { writeChecksums } from './checksums.ts';

const contentDir = resolve(process.env.MIERNIK_CONTENT ?? 'content');
const report = checkReport(checkContent(contentDir));
if (report.failed) {
  console.error(report.text);
  console.error('\nBudowanie przerwane: popraw błędy w treści.');
  process.exit(1);
}
console.log(report.text); // the summary, and any warnings: they do not stop the build

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (astro.status !== 0) process.exit(astro.status ?? 1);

const dist = resolve(process.env.MIERNIK_OUT ?? 'dist');
await buildSearchIndex(dist, resolve(contentDir, 'search-synonyms.yaml'));
// Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); see docs/security-headers.nginx.conf.
writeFileSync(resolve(dist, '_headers'), headersFile());
// Checksums last, over everything above: rebuild a commit and compare (README, "Verifying").
writeChecksums(dist);
