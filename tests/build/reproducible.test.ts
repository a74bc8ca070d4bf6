// Two builds of the same content give byte-identical sites (dates come from git, never the clock;
// order is stable). Built from the fixture into two temporary folders, and compared by SHA256SUMS.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';

const outs: string[] = [];
afterAll(() => outs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(): string {
  const { dir, out, cache } = buildFolder('repro-');
  outs.push(dir);
  const env = { ...process.env, MIERNIK_CONTENT: FIXTURE, MIERNIK_OUT: out, MIERNIK_CACHE_DIR: cache };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(join(out, 'SHA256SUMS'), 'utf8');
}

describe('reproducible builds', () => {
  it('two builds of the same content are byte-identical (SHA256SUMS equal)', () => {
    const first = build();
    const second = build();
    expect(first.split('\n').length).toBeGreaterThan(20);
    expect(first).toContain('  index.html');
    expect(first).toContain('  dane/wskazniki.csv');
    expect(second).toBe(first);
  });
});
