// The date of the data: the latest commit date of each content file, read from git once per build
// (one `git log` over the content folder, newest first). Without git or without history (a
// tarball, a shallow copy without the file) a file simply has no date and pages say nothing.
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, resolve, sep } from 'node:path';

const contentDir = process.env.MIERNIK_CONTENT ?? 'content';

function load(): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    const log = execFileSync('git', ['log', '--format=%x01%cs', '--name-only', '--relative', '--', contentDir], {
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\x01')) date = line.slice(1).trim();
      else if (line && date && !dates.has(line)) dates.set(line, date);
    }
  } catch {
    // No git, not a repository, or no history: no dates.
  }
  return dates;
}

let cache: Map<string, string> | undefined;

/** A path as git prints it with --relative: relative to the project root, with `/`. */
const key = (file: string) =>
  relative(process.cwd(), isAbsolute(file) ? file : resolve(file))
    .split(sep)
    .join('/');

/** The latest commit date ("2025-01-12") of any of the files, or undefined when git knows none of them. */
export function contentDate(files: readonly string[]): string | undefined {
  cache ??= load();
  const dates = files.map((f) => cache!.get(key(f))).filter((d): d is string => d !== undefined);
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}

/** Whether the project is a shallow git clone (its history cut, so content dates would be wrong). */
export function isShallowClone(): boolean {
  try {
    return (
      execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() ===
      'true'
    );
  } catch {
    return false; // no git or not a repository: no dates at all, which pages handle
  }
}

/** The latest commit date of any content file: the date the content is as of (progress, reporting); undefined without history. */
export function latestContentDate(): string | undefined {
  cache ??= load();
  return [...cache.values()].sort().at(-1);
}
