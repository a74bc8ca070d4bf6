// Writes dist/SHA256SUMS: a checksum of every built file (see src/lib/checksums.ts for the few
// left out), so anyone can rebuild a commit and compare it with the published site.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checksumList } from '../src/lib/checksums.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

export function writeChecksums(dist: string): void {
  const entries = files(dist).map((f) => ({
    path: relative(dist, f).split(sep).join('/'),
    sha256: createHash('sha256').update(readFileSync(f)).digest('hex'),
  }));
  writeFileSync(join(dist, 'SHA256SUMS'), checksumList(entries));
}
