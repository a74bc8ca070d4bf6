// Copies of the fixture content folder with deliberate mistakes, for tests of bad input.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = 'tests/fixtures/content';
const made: string[] = [];

/** A temporary copy of the fixture with some files edited: [file, from, to] triples. */
export function brokenFixture(...edits: [string, string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'miernik-content-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  return dir;
}

export const removeFixtures = () => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** The 1-based line of the first line of `file` in `dir` that contains `needle`. */
export const lineOf = (dir: string, file: string, needle: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

/**
 * A fresh folder for a whole extra build: inside the project (.cache/, git-ignored), because Astro
 * puts the server files of a build whose output lies outside the project into the project's own
 * .astro/.prerender — shared, so two such builds at once would break each other. Its `out` and
 * `cache` subfolders keep the build's output and content cache apart from every other build.
 */
export function buildFolder(prefix: string): { dir: string; out: string; cache: string } {
  mkdirSync('.cache', { recursive: true });
  const dir = resolve(mkdtempSync(join('.cache', prefix)));
  return { dir, out: join(dir, 'dist'), cache: join(dir, 'cache') };
}

/**
 * `npm run build` of the fixture into a buildFolder(), with SITE_URL set or (undefined) unset;
 * returns what it printed. Vitest's BASE_URL and any SITE_BASE are dropped: the base comes from SITE_URL.
 */
export function buildFixture(
  folder: { out: string; cache: string },
  siteUrl: string | undefined,
): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIERNIK_CONTENT: FIXTURE,
    MIERNIK_OUT: folder.out,
    MIERNIK_CACHE_DIR: folder.cache,
    MIERNIK_ALLOW_SHALLOW: '1',
  };
  for (const name of ['SITE_URL', 'SITE_BASE', 'BASE_URL']) delete env[name];
  if (siteUrl) env.SITE_URL = siteUrl;
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { status: r.status, output: r.stdout + r.stderr };
}
