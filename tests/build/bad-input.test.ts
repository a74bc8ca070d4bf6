// `npm run build` on broken content stops with a message naming file, line and field — before
// Astro runs (Astro's reference() would only log an unknown id and exit 0).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brokenFixture, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);
const GOAL = 'programmes/demo-2024-2026/goals/1.mdx';

function build(contentDir: string) {
  const out = join(contentDir, '..', `${contentDir.split('/').pop()}-dist`);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, MIERNIK_CONTENT: contentDir, MIERNIK_OUT: out, MIERNIK_ALLOW_SHALLOW: '1' },
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr, out };
}

describe('npm run build with broken content', () => {
  it.each([
    ['a wrong type', [GOAL, 'value: 1200,', 'value: "sześć",'], 'tasks.0.actions.0.indicators.0.values.0.value', '"sześć"'],
    [
      'an unknown reference',
      [GOAL, 'institution: osrodek-demo', 'institution: brak-takiej'],
      'tasks.0.actions.0.implementers.0.institution',
      'brak-takiej',
    ],
    ['a duplicate id', [GOAL, 'id: udzial-a', 'id: porady-a # duplikat'], 'tasks.0.actions.0.indicators.1.id', '# duplikat'],
    [
      'a year outside the period',
      [GOAL, '{ year: 2025, kind: target', '{ year: 2040, kind: target'],
      'tasks.0.actions.0.indicators.0.values.1.year',
      '2040',
    ],
    [
      'an unknown key',
      [GOAL, '        implementers:', '        implementors: []\n        implementers:'],
      'tasks.0.actions.0.implementors',
      'implementors',
    ],
  ] as const)('fails on %s, naming file:line and the field', (_name, edit, path, needle) => {
    const dir = brokenFixture([...edit]);
    const { status, stderr, out } = build(dir);
    expect(status).not.toBe(0);
    const line = lineOf(dir, GOAL, needle);
    expect(stderr).toMatch(new RegExp(`goals/1\\.mdx:${line}:\\d+  ${path.replace(/\./g, '\\.')}  `));
    expect(existsSync(out)).toBe(false);
  });

  it('fails on a missing required field', () => {
    const dir = brokenFixture(['programmes/demo-2024-2026/index.mdx', 'shortTitle: Program testowy\n', '']);
    const { status, stderr } = build(dir);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/index\.mdx:\d+:\d+ {2}shortTitle {2}brak wymaganego pola/);
  });
});
