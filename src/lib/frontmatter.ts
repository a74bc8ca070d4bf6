// Splits an MDX/Markdown file into its YAML frontmatter and body, keeping the line offset
// so that errors found in the YAML can be reported at the line of the whole file.

export interface SplitFile {
  /** The YAML between the opening and closing `---`, or '' when there is none. */
  yaml: string;
  /** How many lines of the file come before the first YAML line (1 for the opening `---`). */
  lineOffset: number;
  /** Everything after the closing `---`. */
  body: string;
  /** False when the file has no frontmatter block. */
  hasFrontmatter: boolean;
}

export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: '', lineOffset: 0, body: text, hasFrontmatter: false };
  return { yaml: match[1] ?? '', lineOffset: 1, body: text.slice(match[0].length), hasFrontmatter: true };
}

/**
 * The file with the YAML between the `---` fences replaced by empty lines: the same line count
 * (so a body error keeps its line number), no data. Files without frontmatter are unchanged.
 */
export const blankFrontmatter = (source: string): string =>
  source.replace(/^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n?---[ \t]*(?:\r?\n|$))/, (_m, open: string, yaml: string, close: string) => open + yaml.replace(/[^\r\n]/g, '') + close);
