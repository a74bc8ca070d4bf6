// The steps of `npm run build` (scripts/build.ts): check, astro build into dist.partial/, each
// indicator's downloads, Pagefind, _headers, checksums, then dist.partial/ moved into place.
// Imported by build.ts inside its error handler, so that even a failure while these modules load
// (an invalid SITE_URL) is a message, not a stack trace.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { checkContent } from '../check/checkContent.ts';
import { checkReport } from '../check/report.ts';
import { untranslatedReport } from '../check/translations.ts';
import { buildSearchIndex } from '../search-index.ts';
import { headersFile } from '../../src/config/security.ts';
import { writeChecksums } from './checksums.ts';
import { buildSite } from '../../src/lib/model.ts';
import { indicatorExportFiles } from '../../src/lib/exportFiles.ts';
import { siteBase } from '../../src/lib/urls.ts';
import { astroFailure, isStackLine } from './buildErrors.ts';

const contentDir = resolve(process.env.MIERNIK_CONTENT ?? 'content');
/** `astro build` into `out`, its output passed through without stack frames; the lines, for the failure message. */
function astroBuild(out: string): Promise<{ status: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, MIERNIK_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
  // Vite reads import.meta.env from the environment during the build: a BASE_URL inherited from a
  // caller (Vitest sets it to '/') would override the base path Astro derives from astro.config.mjs.
  delete env.BASE_URL;
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  const pass = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        output += `${line}\n`;
        if (!isStackLine(line)) to.write(`${line}\n`);
      }
    });
    stream.on('end', () => {
      if (rest && !isStackLine(rest)) to.write(rest);
      output += rest;
    });
  };
  pass(child.stdout!, process.stdout);
  pass(child.stderr!, process.stderr);
  return new Promise((done) => child.on('close', (code) => done({ status: code ?? 1, output })));
}

/** The one warning of a build without SITE_URL (the build still succeeds). */
export const SITE_URL_WARNING =
  'Ostrzeżenie: nie ustawiono SITE_URL (publicznego adresu serwisu, np. SITE_URL=https://dane.example.pl npm run build) — strony nie podają adresu do cytowania ani adresu kanonicznego, a adresy w plikach danych są względne. / Warning: SITE_URL is not set: no absolute URLs in citations, canonical links or exports.';

/** 0 when dist/ holds the new build; otherwise the previous dist/ is untouched. */
export async function buildSteps(dist: string, partial: string, previous: string): Promise<number> {
  const checked = checkContent(contentDir);
  const report = checkReport(checked);
  if (report.failed) {
    console.error(report.text);
    console.error('\nBudowanie przerwane: popraw błędy w treści.');
    return 1;
  }
  console.log(report.text); // the summary, and any warnings: they do not stop the build
  // Once per build: without the public address, pages cannot give an address to cite.
  if (!process.env.SITE_URL) console.warn(SITE_URL_WARNING);
  const untranslated = untranslatedReport(checked.untranslated);
  if (untranslated) console.log(`\n${untranslated}`); // the /uk/ and /en/ texts still to write (docs/tlumaczenia.md)

  rmSync(partial, { recursive: true, force: true });
  const astro = await astroBuild(partial);
  if (astro.status !== 0) {
    console.error(`\n${astroFailure(astro.output, contentDir)}`);
    return 1;
  }
  // Each indicator's own downloads, from the same model the checker just read (see indicatorExportFiles).
  const siteUrl = siteBase(process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);
  for (const file of indicatorExportFiles(buildSite(checked.raw), siteUrl)) {
    mkdirSync(dirname(join(partial, file.path)), { recursive: true });
    writeFileSync(join(partial, file.path), file.text);
  }
  await buildSearchIndex(partial, resolve(contentDir, 'search-synonyms.yaml'));
  // Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); see docs/security-headers.nginx.conf.
  writeFileSync(resolve(partial, '_headers'), headersFile());
  // Checksums last, over everything above: rebuild a commit and compare (README, "Verifying").
  writeChecksums(partial);
  // Into place: the old dist/ aside, the new one in, the old one removed.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(partial, dist);
  rmSync(previous, { recursive: true, force: true });
  return 0;
}
