// Builds the real site once per test run, however many projects ask for it.
import { spawnSync } from 'node:child_process';

const key = Symbol.for('miernik.build');
type Holder = { [key]?: Promise<void> };

export function buildOnce(): Promise<void> {
  const holder = globalThis as Holder;
  holder[key] ??= Promise.resolve().then(() => {
    if (process.env.MIERNIK_SKIP_BUILD === '1') return;
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: process.env });
    if (result.status !== 0) throw new Error('npm run build nie powiodło się — zobacz komunikaty powyżej');
  });
  return holder[key]!;
}
