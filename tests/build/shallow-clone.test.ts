// A build from a shallow clone would date every page with the latest commit: npm run build stops
// with a one-line explanation before writing anything, unless a test opts out explicitly.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE } from '../support/fixtures.ts';

const tmp = mkdtempSync(join(tmpdir(), 'miernik-shallow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// A shallow clone of this repository (one commit), whose git folder the build is pointed at.
const clone = join(tmp, 'clone');
execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${resolve('.')}`, clone]);

function build(extra: Record<string, string>) {
  const out = join(tmp, `dist-${Object.keys(extra).length}`);
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_DIR: join(clone, '.git'), MIERNIK_CONTENT: FIXTURE, MIERNIK_OUT: out, ...extra };
  delete env.MIERNIK_ALLOW_SHALLOW;
  Object.assign(env, extra);
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8' });
  return { ...r, out };
}

describe('a build from a shallow clone', () => {
  it('the clone made here is shallow', () => {
    expect(execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('true');
  });

  it('stops with one line in Polish and English and writes nothing', () => {
    const r = build({});
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('płytka kopia repozytorium');
    expect(lines[0]).toContain('git fetch --unshallow');
    expect(lines[0]).toContain('Build stopped: shallow clone');
    expect(existsSync(r.out)).toBe(false);
  });

  it('goes past the shallow check when the caller opts out (MIERNIK_ALLOW_SHALLOW=1)', () => {
    // An unknown content folder stops the build at the content check instead — past the git check.
    const r = build({ MIERNIK_ALLOW_SHALLOW: '1', MIERNIK_CONTENT: join(tmp, 'brak') });
    expect(r.stderr).not.toContain('płytka kopia');
    expect(r.status).not.toBe(0);
  });
});
