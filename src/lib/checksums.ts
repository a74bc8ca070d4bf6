// Which built files a checksum list covers. Pagefind writes its filter and metadata indexes in an
// order that differs between runs (upstream: Pagefind issue #638; its fragments are stable since
// 1.3), so those — and the list itself — are left out; everything else must be byte-identical.
export const UNSTABLE = [/^pagefind\/filter\//, /^pagefind\/pagefind-entry\.json$/, /^pagefind\/pagefind\.[^/]+\.pf_meta$/, /^SHA256SUMS$/];

export const covered = (path: string) => !UNSTABLE.some((re) => re.test(path));

/** `sha256sum` format, sorted by path, so two lists can be compared with diff. */
export function checksumList(entries: readonly { path: string; sha256: string }[]): string {
  return [...entries]
    .filter((e) => covered(e.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.sha256}  ${e.path}`)
    .join('\n') + '\n';
}
