// One parser, one reading: the data Astro's collections hold after a build is, file by file, the
// data `npm run check` validated — for the real content (the run's build) and for a fixture with
// values YAML 1.1 reads differently. And a build that fails leaves the previous dist/ untouched.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { brokenFixture, buildFolder, removeFixtures } from '../support/fixtures.ts';
import { checkerReading, comparable, storeReading } from '../support/sameReading.ts';

const folders: string[] = [];
afterAll(() => {
  removeFixtures();
  folders.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const INDEX = 'programmes/demo-2024-2026/index.mdx';
const INST = 'institutions/osrodek-demo.yaml';

function build(content: string, out: string, cache: string, extra: Record<string, string> = {}, args: string[] = []) {
  const env = {
    ...process.env,
    MIERNIK_CONTENT: content,
    MIERNIK_OUT: out,
    MIERNIK_CACHE_DIR: cache,
    MIERNIK_ALLOW_SHALLOW: '1',
    ...extra,
  };
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** path → sha256 of every file under `dir`. */
function tree(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => [
      join(e.parentPath, e.name).slice(dir.length + 1),
      createHash('sha256')
        .update(readFileSync(join(e.parentPath, e.name)))
        .digest('hex'),
    ]),
  );
}

describe('the check and the build read every content file identically', () => {
  it('the real content: every entry of the data store equals what the check validated', () => {
    const store = resolve(process.env.MIERNIK_CACHE_DIR ?? 'node_modules/.astro', 'data-store.json');
    const fromBuild = comparable(storeReading(store));
    const fromCheck = comparable(checkerReading(checkContent(resolve(process.env.MIERNIK_CONTENT ?? 'content')).raw));
    expect(Object.keys(fromBuild.goals!).length).toBeGreaterThan(10);
    expect(fromBuild).toEqual(fromCheck);
  });

  // Built once, then broken twice: the failing builds must leave this dist/ as it is.
  const { dir, out, cache } = buildFolder('reading-');
  folders.push(dir);
  const content = brokenFixture(
    // YAML 1.1 (Astro's default js-yaml) reads a Date and `true` here; YAML 1.2 reads text, and 01200 as 1200.
    [INDEX, 'summary: Program do testów.', 'summary: Program do testów.\nadoptingAct:\n  kind: uchwała\n  date: 2021-12-06'],
    [INST, 'shortName: OT', 'shortName: yes'],
    ['programmes/demo-2024-2026/goals/1.mdx', 'value: 1200,', 'value: 01200,'],
  );
  let before: Map<string, string>;

  it('a fixture with values YAML 1.1 reads differently: built, and its data store equals what the check validated', () => {
    const first = build(content, out, cache);
    expect(first.status, first.output).toBe(0);
    const fromBuild = comparable(storeReading(join(cache, 'data-store.json')));
    expect(fromBuild).toEqual(comparable(checkerReading(checkContent(content).raw)));
    expect(Object.values(fromBuild.programmes!)[0]).toMatchObject({ adoptingAct: { date: '2021-12-06' } });
    expect(Object.values(fromBuild.institutions!)[0]).toMatchObject({ shortName: 'yes' });
    expect(JSON.stringify(fromBuild.goals)).toContain('"value":1200,');
    before = tree(out);
    expect(before.size).toBeGreaterThan(50);
  });

  it('content the check refuses: exit ≠ 0, dist/ byte-identical to before, no partial folder', () => {
    const broken = brokenFixture([INST, 'name: Ośrodek Testowy', 'name: !wazne Ośrodek Testowy']);
    const r = build(broken, out, cache);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/osrodek-demo\.yaml:1:7 {2}\(YAML\) {2}znacznik typu „!wazne” jest niedozwolony/);
    expect(tree(out)).toEqual(before);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it.each([
    [
      'an invalid SITE_URL (fails while the build loads)',
      { SITE_URL: 'to-nie-adres' },
      [],
      /Budowanie przerwane: Invalid URL \(„to-nie-adres”\) — SITE_URL musi być pełnym adresem/,
    ],
    [
      'a failure inside astro build (a missing --config)',
      {},
      ['--config', 'nie-ma.mjs'],
      /Budowanie przerwane: astro build zakończył się błędem.*Poprzednia wersja serwisu została bez zmian/,
    ],
  ])('%s: exit ≠ 0, a Polish message without a stack trace, dist/ byte-identical to before', (_name, env, args, message) => {
    const r = build(content, out, cache, env as Record<string, string>, args as string[]);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(message);
    expect(r.output).not.toMatch(/^\s+at |Stack trace/m);
    expect(tree(out)).toEqual(before);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
