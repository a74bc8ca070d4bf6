// Splits an MDX/Markdown file into its YAML frontmatter and body, keeping the line offset
// so that errors found in the YAML can be reported at the line of the whole file. The checker,
// the build's loaders (src/content.config.ts) and the MDX compiler (leanMdxPlugin) all split here.
//
// A frontmatter block is a first line that is exactly `---` (trailing spaces allowed), then the
// YAML, then the next line that is exactly `---`. Anything else is no block, and `problem` says
// what is wrong in words an editor can act on.

export interface SplitFile {
  /** The YAML between the opening and closing `---`, or '' when there is none. */
  yaml: string;
  /** How many lines of the file come before the first YAML line (1 for the opening `---`). */
  lineOffset: number;
  /** Everything after the closing `---`. */
  body: string;
  /** False when the file has no frontmatter block. */
  hasFrontmatter: boolean;
  /** Why there is no block, with its line, when there is none. */
  problem?: { line: number; col: number; message: string };
}

const FENCE = /^---[ \t]*$/;
const LONG_FENCE = /^-{4,}[ \t]*$/;

interface Fences {
  /** The opening `---` line with its line end. */
  open: string;
  yaml: string;
  close: string;
  rest: string;
}

/** The opening fence (with its line end), the YAML, the closing fence (with its line end), the rest. */
function fences(text: string): Fences | SplitFile['problem'] {
  const lines = text.split(/(?<=\n)/);
  const bare = (l: string) => l.replace(/\r?\n$/, '');
  const first = bare(lines[0] ?? '');
  if (!FENCE.test(first)) {
    if (LONG_FENCE.test(first))
      return {
        line: 1,
        col: 1,
        message: `nagłówek YAML otwiera linia „${first.trim()}” (${first.trim().length} kreski) — nagłówek otwierają i zamykają dokładnie trzy kreski „---”`,
      };
    const fenceAt = lines.findIndex((l) => FENCE.test(bare(l)));
    if (fenceAt > 0 && lines.slice(0, fenceAt).every((l) => bare(l).trim() === ''))
      return {
        line: 1,
        col: 1,
        message: `przed linią „---” ${fenceAt === 1 ? 'jest pusta linia' : `są puste linie (${fenceAt})`} — usuń je: plik musi zaczynać się od „---” w pierwszej linii`,
      };
    return {
      line: 1,
      col: 1,
      message:
        'brak nagłówka YAML: plik musi zaczynać się linią „---”, potem pola (np. title: …), potem znów linia „---”, a dopiero po niej treść',
    };
  }
  const closeAt = lines.findIndex((l, i) => i > 0 && FENCE.test(bare(l)));
  if (closeAt < 0) {
    const long = lines.findIndex((l, i) => i > 0 && LONG_FENCE.test(bare(l)));
    if (long > 0)
      return {
        line: long + 1,
        col: 1,
        message: `nagłówek YAML zamyka linia „${bare(lines[long]!).trim()}” — napisz dokładnie trzy kreski „---”`,
      };
    return {
      line: 1,
      col: 1,
      message: 'nagłówek YAML otwarty w linii 1 nie ma zamykającej linii „---” — dopisz linię „---” po ostatnim polu, przed treścią',
    };
  }
  return {
    open: lines[0]!,
    yaml: lines.slice(1, closeAt).join(''),
    close: lines[closeAt]!,
    rest: lines.slice(closeAt + 1).join(''),
  };
}

const isFences = (f: Fences | SplitFile['problem']): f is Fences => f !== undefined && 'open' in f;

export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const found = fences(text);
  if (!isFences(found)) return { yaml: '', lineOffset: 0, body: text, hasFrontmatter: false, problem: found };
  return { yaml: found.yaml.replace(/\r?\n$/, ''), lineOffset: 1, body: found.rest, hasFrontmatter: true };
}

/**
 * The file with the YAML between the `---` fences replaced by empty lines: the same line count
 * (so a body error keeps its line number), no data. Files without frontmatter are unchanged.
 */
export function blankFrontmatter(source: string): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const found = fences(source.slice(bom.length));
  if (!isFences(found)) return source;
  return bom + found.open + found.yaml.replace(/[^\r\n]/g, '') + found.close + found.rest;
}
