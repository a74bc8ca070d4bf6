// `npm run build`: content check (every problem at once, file:line), then `astro build`, then each
// indicator's own downloads and the Pagefind index over dist/. Any error stops the build with a non-zero exit.
// Everything is built into a temporary folder next to dist/ (dist.partial/) and moved into place only
// when every step succeeded: a failed build leaves the previous dist/ as it was. No step prints a
// stack trace: a failure names the file when one is known and says what to do.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from './check/checkContent.ts';
import { checkReport } from './check/report.ts';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildSearchIndex } from './search-index.ts';
import { headersFile } from '../src/config/security.ts';
import { writeChecksums } from './lib/checksums.ts';
import { buildSite } from '../src/lib/model.ts';
import { indicatorFiles } from '../src/lib/datapackage.ts';
import { siteBase } from '../src/lib/urls.ts';
import { isShallowClone } from '../src/data/gitDates.ts';
import { astroFailure, isStackLine } from './lib/buildErrors.ts';

const contentDir = resolve(process.env.MIERNIK_CONTENT ?? 'content');
// Pages show the date each content file last changed, from git: a shallow clone knows only the
// latest commit and would give every page that date. Tests that build throwaway copies opt out.
if (isShallowClone() && process.env.MIERNIK_ALLOW_SHALLOW !== '1') {
  console.error(
    'Budowanie przerwane: to płytka kopia repozytorium (git clone --depth), daty zmian na stronach byłyby błędne — pobierz pełną historię: git fetch --unshallow. / Build stopped: shallow clone, page dates would be wrong — run git fetch --unshallow.',
  );
  process.exit(1);
}

const dist = resolve(process.env.MIERNIK_OUT ?? 'dist');
// A fixed name (not a random one), so that two builds of one commit write byte-identical files.
const partial = `${dist}.partial`;
const previous = `${dist}.previous`;

/** `astro build` into `out`, its output passed through without stack frames; the lines, for the failure message. */
function astroBuild(out: string): Promise<{ status: number; output: string }> {
  const env = { ...process.env, MIERNIK_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'], env });
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

async function main(): Promise<number> {
  const checked = checkContent(contentDir);
  const report = checkReport(checked);
  if (report.failed) {
    console.error(report.text);
    console.error('\nBudowanie przerwane: popraw błędy w treści.');
    return 1;
  }
  console.log(report.text); // the summary, and any warnings: they do not stop the build

  rmSync(partial, { recursive: true, force: true });
  const astro = await astroBuild(partial);
  if (astro.status !== 0) {
    console.error(`\n${astroFailure(astro.output, contentDir)}`);
    return 1;
  }
  // Each indicator's own downloads, from the same model the checker just read (see indicatorFiles).
  const siteUrl = siteBase(process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);
  for (const file of indicatorFiles(buildSite(checked.raw), siteUrl)) {
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

let status: number;
try {
  status = await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Budowanie przerwane: ${message.split('\n').filter((l) => !isStackLine(l)).join('\n')}\nPoprzednia wersja ${dist} została bez zmian. Uruchom „npm run check”; jeśli nie pokazuje błędu, przekaż ten komunikat opiekunom serwisu.`);
  status = 1;
}
if (status !== 0) rmSync(partial, { recursive: true, force: true });
process.exit(status);
