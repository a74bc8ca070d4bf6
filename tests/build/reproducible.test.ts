// Two builds of the same content give byte-identical sites (dates come from git, never the clock;
// order is stable): every file of both folders is hashed here and compared — nothing left out —
// and SHA256SUMS lists every file but itself.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';

const outs: string[] = [];
afterAll(() => outs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(): string {
  const { dir, out, cache } = buildFolder('repro-');
  outs.push(dir);
  const env = { ...process.env, MIERNIK_CONTENT: FIXTURE, MIERNIK_OUT: out, MIERNIK_CACHE_DIR: cache, MIERNIK_ALLOW_SHALLOW: '1' };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

/** path → sha256 of every file under `dir`, read with the file system's own listing. */
function tree(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => {
      const full = join(e.parentPath, e.name);
      return [full.slice(dir.length + 1), createHash('sha256').update(readFileSync(full)).digest('hex')];
    }),
  );
}

describe('reproducible builds', () => {
  it('two builds of the same content are byte-identical, every file compared', () => {
    const first = tree(build());
    const second = tree(build());
    expect(first.size).toBeGreaterThan(50);
    expect([...first.keys()].some((p) => p.startsWith('pagefind/filter/'))).toBe(true);
    expect([...first.keys()].some((p) => /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(p))).toBe(true);
    // The Excel workbooks are zips whose entries carry dates: they are compared too.
    expect([...first.keys()].filter((p) => /^dane\/[^/]+\.xlsx$/.test(p)).length).toBeGreaterThanOrEqual(3);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((p) => first.get(p) !== second.get(p));
    expect(differing).toEqual([]);
  });

  it('SHA256SUMS lists every other file with its hash', () => {
    const out = outs[0] !== undefined ? join(outs[0], 'dist') : build();
    const files = tree(out);
    const listed = new Map(
      readFileSync(join(out, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(66), line.slice(0, 64)] as [string, string]),
    );
    files.delete('SHA256SUMS');
    expect(listed).toEqual(files);
  });
});
