// Writes dist/SHA256SUMS: a checksum of every built file but the list itself, so anyone can
// rebuild a commit and compare it with the published site (README, "Verifying a build").
// Pagefind 1.6 writes its filter and metadata indexes in a stable order, so nothing is left out.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const LIST = 'SHA256SUMS';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export const filesUnder = (dir: string, at = dir): string[] =>
  readdirSync(at).flatMap((name) => {
    const full = join(at, name);
    return statSync(full).isDirectory() ? filesUnder(dir, full) : [relative(dir, full).split(sep).join('/')];
  });

/** `sha256sum` format, sorted by path (byte order), so two lists can be compared with diff. */
export function checksumList(entries: readonly { path: string; sha256: string }[]): string {
  return (
    [...entries]
      .filter((e) => e.path !== LIST)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((e) => `${e.sha256}  ${e.path}`)
      .join('\n') + '\n'
  );
}

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function writeChecksums(dist: string): void {
  const entries = filesUnder(dist).map((path) => ({ path, sha256: sha256(join(dist, path)) }));
  writeFileSync(join(dist, LIST), checksumList(entries));
}
