// Which files of a content folder the check reads, and what it refuses before reading: symbolic
// links that leave the folder (their target is never read, so never echoed), link loops, dangling
// links, and hidden files and folders — a name starting with "." is skipped by the build's
// loaders, so what an editor meant to publish would silently be missing.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FileProblem {
  /** Absolute path of the file or folder. */
  full: string;
  message: string;
  warning?: boolean;
}

export interface Listing {
  /** Absolute paths of regular files (or links to them inside the folder) to check. */
  files: string[];
  problems: FileProblem[];
}

/** System files no editor writes, skipped without a word (Finder, Explorer, git). */
export const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep', '.gitignore']);
const CONTENT_EXT = /\.(ya?ml|mdx?|json)$/i;

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);

function hasContentFiles(dir: string, depth = 0): boolean {
  if (depth > 8) return false;
  try {
    return readdirSync(dir, { withFileTypes: true }).some((d) =>
      d.isDirectory() ? hasContentFiles(join(dir, d.name), depth + 1) : CONTENT_EXT.test(d.name),
    );
  } catch {
    return false;
  }
}

export function listContentFiles(contentDir: string): Listing {
  const root = realpathSync(contentDir);
  const files: string[] = [];
  const problems: FileProblem[] = [];
  // Real paths of the folders being walked: a link back to one of them is a loop.
  const walking: string[] = [];

  const visit = (full: string, name: string) => {
    if (SYSTEM_FILES.has(name)) return;
    let stat = lstatSync(full);
    if (name.startsWith('.')) {
      const dir = stat.isDirectory();
      if (dir && !hasContentFiles(full)) return;
      problems.push({
        full,
        message: dir
          ? `folder ukryty (nazwa zaczyna się od kropki): jego pliki nie zostaną ani sprawdzone, ani opublikowane — usuń kropkę z nazwy folderu albo, jeśli to szkic, trzymaj go poza content/`
          : `plik ukryty (nazwa zaczyna się od kropki) nie zostanie ani sprawdzony, ani opublikowany — usuń kropkę z nazwy („${name.replace(/^\.+/, '')}”) albo, jeśli to szkic, trzymaj go poza content/`,
      });
      return;
    }
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({
          full,
          message:
            code === 'ELOOP'
              ? 'dowiązanie symboliczne tworzy pętlę (prowadzi samo do siebie) — usuń je i skopiuj w to miejsce prawdziwy plik'
              : 'dowiązanie symboliczne prowadzi do pliku, którego nie ma — usuń je albo skopiuj w to miejsce prawdziwy plik',
        });
        return;
      }
      if (!inside(root, target)) {
        // The target is not read: its text must never reach a message.
        problems.push({
          full,
          message:
            'dowiązanie symboliczne prowadzi poza folder content/ — takich plików nie czytamy; skopiuj plik do content/ zamiast dowiązania',
        });
        return;
      }
      if (walking.some((dir) => inside(target, dir) || target === dir)) {
        problems.push({ full, message: 'dowiązanie symboliczne do folderu nadrzędnego tworzy pętlę — usuń je' });
        return;
      }
      stat = statSync(full);
    }
    if (stat.isDirectory()) walk(full);
    else if (stat.isFile()) files.push(full);
    else problems.push({ full, message: 'to nie jest zwykły plik — usuń go z content/' });
  };

  const walk = (dir: string) => {
    walking.push(realpathSync(dir));
    for (const name of readdirSync(dir).sort()) visit(join(dir, name), name);
    walking.pop();
  };
  walk(contentDir);
  return { files, problems };
}

/** Why a file matches no content type, with the likely fix. `rel` is relative to content/, with `/`. */
export function unknownFileMessage(rel: string): string {
  const allowed =
    'dozwolone: organisations/<id>.yaml, institutions/<id>.yaml, glossary.yaml, series.yaml, site.yaml, helplines.yaml, help-topics.yaml, search-synonyms.yaml, easy-read.yaml, programmes/<slug>/index.mdx, programmes/<slug>/goals/<id>.mdx, programmes/<slug>/statistics.yaml, programmes/<slug>/reports/<rok>.mdx, programmes/<slug>/easy-read.yaml';
  const name = rel.split('/').at(-1)!;
  const stem = name.replace(/\.[^.]*$/, '');
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const mdxPlace = /^programmes\/[^/]+\/(index|goals\/[^/]+|reports\/[^/]+)\.[^/.]+$/i.test(rel);
  let hint: string;
  if (/^\.ya?ml$/i.test(ext) && ext !== '.yaml') hint = `zmień rozszerzenie „${ext}” na „.yaml”`;
  else if (/^\.mdx?$/i.test(ext) && ext !== '.mdx') hint = `zmień rozszerzenie „${ext}” na „.mdx”`;
  else if (ext === '.yaml' && mdxPlace) hint = 'ten plik musi być plikiem .mdx (nagłówek YAML między liniami „---”, potem treść)';
  else if (ext === '.mdx' && /^(organisations|institutions)\//.test(rel))
    hint = 'w tym folderze są pliki .yaml — zmień rozszerzenie na „.yaml” i usuń linie „---”';
  else if (!/^\.(yaml|mdx)$/.test(ext))
    hint = `to nie jest plik treści (${ext || 'bez rozszerzenia'}) — usuń go z content/ (teksty dokumentów źródłowych trzymamy w sources/)`;
  else if (/[A-ZĄĆĘŁŃÓŚŹŻ_ ]/.test(rel.replace(/\.[^.]*$/, '')))
    hint = 'w nazwach plików i folderów używaj małych liter, cyfr i „-” (bez spacji, „_” i polskich znaków)';
  else if (/^programmes\/[^/]+\/reports\//.test(rel)) hint = `nazwa sprawozdania to rok, np. reports/2024.mdx, a nie „${stem}”`;
  else hint = 'plik leży w złym folderze albo ma złą nazwę';
  return `plik nie pasuje do żadnego typu treści, więc nie zostanie opublikowany: ${hint} (${allowed})`;
}

export const relPath = (contentDir: string, full: string) => relative(contentDir, full).split(sep).join('/');
