// Copies of the fixture content folder with deliberate mistakes, for tests of bad input.
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
