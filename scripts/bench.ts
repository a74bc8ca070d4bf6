// `npm run bench [-- --corpora real,100,1000 --seed 1 --query 'pomoc,przemoc domowa']`: build figures, no pass/fail.
// For each corpus (the real content/ and synthetic ones of N programmes): wall time and peak
// memory of the content check, content sync, Astro build and Pagefind separately; pages per
// second; bytes per page type; search index size and the bytes a first query transfers; and the
// build time of a bare Astro site over the same MDX files, so the overhead is a ratio.
import { cpus, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { measure, type Measured } from './bench/measure.ts';
import { writeBareSite } from './bench/bareSite.ts';
import { writeCorpus } from './synthetic-corpus.ts';
import { pageType, pageWeight, type WeightCache } from './lib/pageWeight.ts';
import { start } from './lib/server.ts';
import { launch } from './lib/browser.ts';
import { LIGHTHOUSE_MOBILE, throttledSearch } from './bench/throttled.ts';

const { values: opts } = parseArgs({
  options: {
    corpora: { type: 'string', default: 'real,100,1000' },
    seed: { type: 'string', default: '1' },
    // Each query is measured as the first of a fresh page: a common word and a two-word query.
    query: { type: 'string', default: 'pomoc,przemoc domowa' },
    // Measured on a throttled phone (Lighthouse mobile): time to the help answer and to the first result.
    'help-query': { type: 'string', default: 'mąż mnie bije,nie mam gdzie spać,przemoc domowa' },
    keep: { type: 'boolean', default: false },
  },
});

const node = process.execPath;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const quiet = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const secs = (m: Measured) => `${m.seconds.toFixed(1)} s`;
const mib = (m: Measured) => `${Math.round(m.peakMiB)} MiB`;

/** Every file under `root`, relative to it, with `/` separators. */
function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

/** Median of a non-empty list. */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function bytesPerType(dist: string) {
  const pages = files(dist).filter((f) => f.endsWith('.html'));
  const byType = new Map<string, ReturnType<typeof pageWeight>[]>();
  const cache: WeightCache = new Map();
  for (const page of pages) {
    const type = pageType(page);
    if (!byType.has(type)) byType.set(type, []);
    byType.get(type)!.push(pageWeight(dist, page, cache));
  }
  const rows = [
    'home',
    'programmes',
    'programme',
    'goal',
    'report',
    'indicator',
    'series',
    'help',
    'institution',
    'municipality',
    'search',
    'explorer',
    'data',
  ]
    .filter((type) => byType.has(type))
    .map((type) => {
      const ws = byType.get(type)!;
      const pick = (f: (w: (typeof ws)[number]) => number) => `${kib(median(ws.map(f)))} / ${kib(Math.max(...ws.map(f)))}`;
      return {
        type,
        pages: ws.length,
        HTML: pick((w) => w.html.raw),
        'HTML gzip': pick((w) => w.html.gzip),
        'CSS gzip': pick((w) => w.css.gzip),
        'JS gzip': pick((w) => w.js.gzip),
        total: pick((w) => w.total.raw),
        'total gzip': pick((w) => w.total.gzip),
      };
    });
  return { pages: pages.length, files: files(dist).length, rows };
}

/** Bytes a first search transfers: the page, then every Pagefind file the query loads. */
async function firstQuery(dist: string, query: string) {
  const server = await start(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
    // Latency as the reader sees it: from the page's load to the results' count in the status line
    // (the cold first query fetches Pagefind), then a second query on the warm page.
    // A common word on a portal of 1 000 programmes keeps Pagefind busy for half a minute: wait long.
    const answered = (q: string) => page.locator('[data-status]', { hasText: `„${q}”` }).waitFor({ timeout: 300_000 });
    const started = Date.now();
    await page.goto(`${server.url}/szukaj/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    const loadedAt = Date.now();
    await answered(query);
    const firstMs = Date.now() - loadedAt;
    await page.waitForLoadState('networkidle');
    const status = (await page.locator('[data-status]').textContent())?.trim();
    const firstRequests = loaded.filter((p) => p.startsWith('/pagefind/')).length;
    const second = 'schronienie';
    const before = Date.now();
    await page.locator('miernik-search input[name="q"]').fill(second);
    await page.locator('miernik-search input[name="q"]').press('Enter');
    await answered(second);
    const secondMs = Date.now() - before;
    const latency = `page load ${loadedAt - started} ms, then first query ${firstMs} ms; a second query („${second}”) ${secondMs} ms`;
    // Text files go out gzip-compressed from any sensible host; Pagefind's own files are already.
    const transferred = (path: string) => {
      const body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
      return /\.(html|css|js|json)$|\/$/.test(path) ? gzipSync(body).length : body.length;
    };
    const search = loaded.filter((p) => p.startsWith('/pagefind/')).slice(0, firstRequests);
    // Where the bytes go: the fixed scripts and wasm, the metadata of every page, word index
    // chunks, filter chunks, and one fragment per result shown.
    const parts = new Map<string, number>();
    for (const p of search) {
      const part = /\/(index|filter|fragment)\//.exec(p)?.[1] ?? (p.endsWith('.pf_meta') ? 'meta' : 'scripts+wasm');
      parts.set(part, (parts.get(part) ?? 0) + transferred(p));
    }
    return {
      status,
      latency,
      requests: search.length,
      pagefindBytes: search.reduce((n, p) => n + transferred(p), 0),
      parts: [...parts].map(([part, bytes]) => `${part} ${kib(bytes)}`).join(', '),
      pageBytes: loaded.filter((p) => !p.startsWith('/pagefind/')).reduce((n, p) => n + transferred(p), 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Time to the help answer and to the first document result on a throttled phone, cold cache each. */
async function throttled(dist: string) {
  const server = await start(dist);
  const browser = await launch();
  const t = LIGHTHOUSE_MOBILE;
  console.log(
    `search on a throttled phone (Lighthouse mobile, DevTools throttling: ${t.latency} ms RTT, ${t.downloadKbps} kbit/s down, ${t.uploadKbps} kbit/s up, CPU ${t.cpu}×; 360 × 740, cold cache; the bench server does not compress):`,
  );
  try {
    for (const q of opts['help-query']!.split(',')) {
      const times = await throttledSearch(browser, server.url, q.trim());
      const ms = (n?: number) => (n === undefined ? 'none' : `${n} ms`);
      console.log(`  „${q.trim()}”: help answer ${ms(times.help)}, first document result ${ms(times.firstResult)} (from navigation start)`);
    }
  } catch (error) {
    console.log(`  throttled search: no answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchCorpus(name: string) {
  // Inside the project: Astro keeps the server files of a build whose output lies outside it in
  // the project's .astro/ anyway (see tests/support/fixtures.ts, buildFolder).
  mkdirSync('.cache', { recursive: true });
  const work = resolve(mkdtempSync(join('.cache', `bench-${name}-`)));
  const content = name === 'real' ? resolve('content') : join(work, 'content');
  let counts: Record<string, number> | undefined;
  if (name !== 'real') counts = writeCorpus({ programmes: Number(name), seed: Number(opts.seed), out: content }).counts;
  const out = join(work, 'dist');
  const env = { ...process.env, ...quiet, MIERNIK_CONTENT: content, MIERNIK_OUT: out, MIERNIK_CACHE_DIR: join(work, 'cache') };

  const check = await measure(node, ['scripts/check-content.ts'], { env });
  const sync = await measure(node, [astro, 'sync'], { env });
  const build = await measure(node, [astro, 'build'], { env });
  const search = await measure(
    node,
    [
      '--input-type=module',
      '-e',
      `import { buildSearchIndex } from './scripts/search-index.ts';
    await buildSearchIndex(process.argv[1], process.argv[2]);`,
      out,
      join(content, 'search-synonyms.yaml'),
    ],
    { env },
  );
  const bareDir = writeBareSite(join(work, 'bare'), content);
  const bare = await measure(node, [astro, 'build'], { cwd: bareDir, env: { ...process.env, ...quiet } });

  const ours = sync.seconds + build.seconds + search.seconds;
  const barePages = files(join(bareDir, 'dist')).filter((f) => f.endsWith('.html')).length;

  // Phases first, so a slow or failing page-weight or search step below does not lose them.
  console.log(`\n## Korpus: ${name}${counts ? ` (seed ${opts.seed})` : ''}`);
  if (counts)
    console.log(
      Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    );
  console.table({
    'check (npm run check)': { time: secs(check), 'peak memory': mib(check) },
    'content sync (astro sync)': { time: secs(sync), 'peak memory': mib(sync) },
    'astro build': { time: secs(build), 'peak memory': mib(build) },
    pagefind: { time: secs(search), 'peak memory': mib(search) },
    'bare astro build (same MDX)': { time: secs(bare), 'peak memory': mib(bare) },
  });
  console.log(`bare site: ${barePages} pages in ${secs(bare)}`);
  console.log(
    `sync + build + pagefind: ${ours.toFixed(1)} s = ${(ours / bare.seconds).toFixed(2)}× bare; sync + build alone: ${((sync.seconds + build.seconds) / bare.seconds).toFixed(2)}× bare; peak ${Math.round(Math.max(sync.peakMiB, build.peakMiB, search.peakMiB))} MiB`,
  );
  const bytes = bytesPerType(out);
  console.log(`pages: ${bytes.pages} HTML, ${bytes.files} files; ${(bytes.pages / build.seconds).toFixed(0)} HTML pages/s in astro build`);
  console.log('bytes per page type (median / max):');
  console.table(Object.fromEntries(bytes.rows.map(({ type, ...row }) => [type, row])));
  const index = files(join(out, 'pagefind'));
  const indexBytes = index.reduce((n, f) => n + statSync(join(out, 'pagefind', f)).size, 0);
  console.log(`search index: ${index.length} files, ${kib(indexBytes)}`);
  for (const q of opts.query!.split(',')) {
    try {
      const query = await firstQuery(out, q);
      console.log(`search latency in Chromium: ${query.latency}`);
      console.log(
        `first query „${q}”: ${query.requests} Pagefind requests, ${kib(query.pagefindBytes)} (${query.parts}; + ${kib(query.pageBytes)} the search page itself); ${query.status}`,
      );
    } catch (error) {
      console.log(`first query „${q}”: no answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }
  await throttled(out);
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept: ${work}`);
}

console.log(`Miernik bench — node ${process.version}, ${cpus().length} CPU, ${Math.round(totalmem() / 2 ** 30)} GiB RAM`);
for (const name of opts.corpora!.split(',')) await benchCorpus(name.trim());
