// Every version of every programme file, from git, once per build: one `git log` over the content
// folder (first parent only, so a merge counts when it reached the branch, with its whole change)
// and one `git cat-file --batch` for the texts. src/lib/history.ts turns them into the history.
// Without git or without history there are no versions and pages say nothing of changes; a shallow
// clone already stops `npm run build` (scripts/build.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildHistory, type ContentCommit, type History } from '../lib/history.ts';

const contentDir = () => resolve(process.env.MIERNIK_CONTENT ?? 'content');
/** Only programme files carry values. */
const RELEVANT = /^programmes\/[^/]+\/(index\.mdx|statistics\.yaml|goals\/[^/]+\.mdx|reports\/\d{4}\.mdx)$/;

const git = (dir: string, args: string[], input?: string) =>
  execFileSync('git', args, {
    cwd: dir,
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 1024 * 1024 * 1024,
  });

/** The commits that changed programme files, oldest first, with the text of each changed file. */
export function readContentCommits(dir = contentDir()): ContentCommit[] {
  if (!existsSync(dir)) return [];
  let log: string;
  try {
    log = git(dir, [
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--reverse',
      '--no-renames',
      '--name-status',
      '--relative',
      '--format=%x01%H %cI',
      '--',
      '.',
    ]).toString('utf8');
  } catch {
    return []; // no git, not a repository, or no commit yet
  }
  const commits: { hash: string; time: string; changes: [string, boolean][] }[] = [];
  for (const line of log.split('\n')) {
    if (line.startsWith('\x01')) {
      const [hash, time] = line.slice(1).trim().split(' ') as [string, string];
      commits.push({ hash, time, changes: [] });
    } else if (line && commits.length > 0) {
      const [status, path] = line.split('\t') as [string, string];
      if (path && RELEVANT.test(path)) commits.at(-1)!.changes.push([path, status.startsWith('D')]);
    }
  }
  const wanted = commits.flatMap((c) => c.changes.filter(([, deleted]) => !deleted).map(([path]) => `${c.hash}:./${path}`));
  const texts = wanted.length > 0 ? readBlobs(dir, wanted) : [];
  let next = 0;
  return commits
    .map((c) => ({
      hash: c.hash,
      time: c.time,
      files: new Map(c.changes.map(([path, deleted]) => [path, deleted ? null : (texts[next++] ?? null)])),
    }))
    .filter((c) => c.files.size > 0);
}

/** The texts of `<commit>:<path>` objects in order (null for one git does not have). */
function readBlobs(dir: string, objects: string[]): (string | null)[] {
  const out = git(dir, ['cat-file', '--batch'], `${objects.join('\n')}\n`);
  const texts: (string | null)[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = / blob (\d+)$/.exec(header);
    if (!m) {
      texts.push(null); // "<object> missing"
      continue;
    }
    const size = Number(m[1]);
    texts.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

let cache: History | undefined;

/** The change history of every programme of the content folder, read once per build. */
export const getHistory = (): History => (cache ??= buildHistory(readContentCommits()));
