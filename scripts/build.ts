// `npm run build`: content check (every problem at once, file:line), then `astro build`, then each
// indicator's own downloads and the Pagefind index over dist/. Any error stops the build with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from './check/checkContent.ts';
import { checkReport } from './check/report.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSearchIndex } from './search-index.ts';
import { headersFile } from '../src/config/security.ts';
import { writeChecksums } from './lib/checksums.ts';
import { buildSite } from '../src/lib/model.ts';
import { indicatorFiles } from '../src/lib/datapackage.ts';
import { siteBase } from '../src/lib/urls.ts';
import { isShallowClone } from '../src/data/gitDates.ts';

const contentDir = resolve(process.env.MIERNIK_CONTENT ?? 'content');
// Pages show the date each content file last changed, from git: a shallow clone knows only the
// latest commit and would give every page that date. Tests that build throwaway copies opt out.
if (isShallowClone() && process.env.MIERNIK_ALLOW_SHALLOW !== '1') {
  console.error(
    'Budowanie przerwane: to płytka kopia repozytorium (git clone --depth), daty zmian na stronach byłyby błędne — pobierz pełną historię: git fetch --unshallow. / Build stopped: shallow clone, page dates would be wrong — run git fetch --unshallow.',
  );
  process.exit(1);
}
const checked = checkContent(contentDir);
const report = checkReport(checked);
if (report.failed) {
  console.error(report.text);
  console.error('\nBudowanie przerwane: popraw błędy w treści.');
  process.exit(1);
}
console.log(report.text); // the summary, and any warnings: they do not stop the build

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
// Vite reads import.meta.env from the environment during the build: a BASE_URL inherited from a
// caller (Vitest sets it to '/') would override the base path Astro derives from astro.config.mjs.
delete env.BASE_URL;
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env });
if (astro.status !== 0) process.exit(astro.status ?? 1);

const dist = resolve(process.env.MIERNIK_OUT ?? 'dist');
// Each indicator's own downloads, from the same model the checker just read (see indicatorFiles).
const siteUrl = siteBase(process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);
for (const file of indicatorFiles(buildSite(checked.raw), siteUrl)) {
  mkdirSync(dirname(join(dist, file.path)), { recursive: true });
  writeFileSync(join(dist, file.path), file.text);
}
await buildSearchIndex(dist, resolve(contentDir, 'search-synonyms.yaml'));
// Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); see docs/security-headers.nginx.conf.
writeFileSync(resolve(dist, '_headers'), headersFile());
// Checksums last, over everything above: rebuild a commit and compare (README, "Verifying").
writeChecksums(dist);
