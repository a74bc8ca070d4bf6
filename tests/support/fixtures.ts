// Copies of the fixture content folder with deliberate mistakes, for tests of bad input.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  readFileSync(join(dir, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
