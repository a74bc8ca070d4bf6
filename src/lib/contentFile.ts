// Reading one content file, from its bytes to its data: the same steps for `npm run check`
// (scripts/check/checkContent.ts) and for the build's collections (src/content.config.ts), so both
// see the same text, the same frontmatter block and the same YAML values.
import { characterProblems, decodeContent } from './contentText.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { ContentReadError, readYaml, type ReadYaml } from './readYaml.ts';

export interface ReadProblem {
  line: number;
  col: number;
  /** '(plik)', '(YAML)' or '(treść)'. */
  path: string;
  message: string;
}

export interface ContentFile {
  /** Problems in file order; `read.data` is set only when there is none that stops reading. */
  problems: ReadProblem[];
  /** The YAML part as parsed (absent when the file could not be decoded or split). */
  read?: ReadYaml;
  /** Lines of the file before the first YAML line. */
  lineOffset: number;
  /** The YAML text (the whole file, or the frontmatter between the fences). */
  yaml: string;
  /** The MDX body and the line it starts on (frontmatter files only). */
  body?: { text: string; line: number };
}

/** Reads a YAML file (`frontmatter: false`) or an MDX file's frontmatter and body. */
export function readContentFile(bytes: Uint8Array, frontmatter: boolean): ContentFile {
  const decoded = decodeContent(bytes);
  if (!decoded.ok) return { problems: [{ ...decoded.problem, path: '(plik)' }], lineOffset: 0, yaml: '' };
  const text = decoded.text;
  const split = frontmatter
    ? splitFrontmatter(text)
    : { yaml: text, lineOffset: 0, body: undefined, hasFrontmatter: true, problem: undefined };
  if (!split.hasFrontmatter) return { problems: [{ ...split.problem!, path: '(plik)' }], lineOffset: 0, yaml: '' };
  // The body starts on the line after the closing `---`.
  const bodyLine = split.body === undefined ? 0 : text.slice(0, text.length - split.body.length).split('\n').length;
  const chars = characterProblems(text).map((p) => ({ ...p, path: frontmatter && p.line >= bodyLine ? '(treść)' : '(YAML)' }));
  const read = readYaml(split.yaml);
  const yamlProblems = read.problems.map((p) => {
    const pos = read.lines.linePos(p.offset);
    return { line: pos.line + split.lineOffset, col: pos.col, path: '(YAML)', message: p.message };
  });
  const problems = [...chars, ...yamlProblems].sort((a, b) => a.line - b.line || a.col - b.col);
  // A refused character in the data would only cause consequences (an id no one can match).
  if (chars.some((c) => c.path === '(YAML)')) delete read.data;
  return {
    problems,
    read,
    lineOffset: split.lineOffset,
    yaml: split.yaml,
    body: split.body === undefined ? undefined : { text: split.body, line: bodyLine },
  };
}

/** The data of a content file, or a ContentReadError at the first problem (the build's loaders). */
export function contentData(bytes: Uint8Array, frontmatter: boolean, file: string): { data: unknown; body?: string; yaml: string } {
  const read = readContentFile(bytes, frontmatter);
  const first = read.problems[0];
  if (first) throw new ContentReadError(file, first.line, first.col, first.message);
  return { data: read.read!.data, body: read.body?.text, yaml: read.yaml };
}
