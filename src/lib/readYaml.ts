// The one way content YAML is read — by `npm run check` and by the build's collections
// (src/content.config.ts), so that whatever the check validated is exactly what gets published.
// YAML 1.2 core schema: `0144` is 144, `2021-12-06` is text, `yes` is text. Refused rather than
// guessed: `%YAML`/`%TAG` directives, explicit tags (`!wazne`, `!!binary`), more than a few
// aliases, nesting deeper than any content type needs, and every parser error or warning.
import {
  isAlias,
  isCollection,
  isDocument,
  isPair,
  LineCounter,
  parseDocument,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';

export const YAML_OPTIONS: Readonly<ParseOptions & DocumentOptions & SchemaOptions> = {
  version: '1.2',
  schema: 'core',
  customTags: [],
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  intAsBigInt: false,
};

/** Aliases (`*kotwica`) a file may use; an alias bomb needs thousands. */
export const MAX_ALIASES = 20;
/** Nesting levels a file may have: the deepest content type (goal → value) needs 10. */
export const MAX_DEPTH = 32;

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  code: string;
  message: string;
}

export interface ReadYaml {
  doc: Document;
  lines: LineCounter;
  problems: YamlProblem[];
  /** The data, when there is no problem. */
  data?: unknown;
}

const byCode: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'złe wcięcie — pola jednego poziomu muszą zaczynać się tą samą liczbą spacji',
  TAB_AS_INDENT: 'tabulator we wcięciu — w YAML wcina się spacjami',
  DUPLICATE_KEY: 'to samo pole podane dwa razy w jednym miejscu — zostaw jedno',
  MULTILINE_IMPLICIT_KEY:
    'nazwa pola musi mieścić się w jednej linii — sprawdź wcięcie, dwukropek po nazwie pola i cudzysłowy wokół tekstu z dwukropkiem',
  BLOCK_AS_IMPLICIT_KEY:
    'nazwa pola musi mieścić się w jednej linii — sprawdź wcięcie, dwukropek po nazwie pola i cudzysłowy wokół tekstu z dwukropkiem',
  BLOCK_IN_FLOW: 'w nawiasach { } lub [ ] wszystko musi być w jednym ciągu — zamknij nawias albo przepisz listę w osobnych liniach',
  BAD_SCALAR_START: 'tekst nie może zaczynać się od tego znaku — ujmij go w cudzysłów',
  BAD_DQ_ESCAPE: 'nieprawidłowy znak po „\\” w tekście w cudzysłowie',
  UNEXPECTED_TOKEN: 'nieoczekiwany znak — sprawdź cudzysłowy, nawiasy i dwukropki w tej linii',
  MULTIPLE_DOCS: 'w pliku jest więcej niż jeden dokument YAML (druga linia „---”)',
  NON_STRING_KEY: 'nazwa pola musi być zwykłym tekstem',
  RESOURCE_EXHAUSTION: `zbyt głębokie zagnieżdżenie lub zbyt wiele odwołań — sprawdź nawiasy [ ] { } i wcięcia (dozwolone ${MAX_DEPTH} poziomy)`,
  BAD_DIRECTIVE: 'nieznana dyrektywa „%…” — usuń tę linię',
  TAG_RESOLVE_FAILED: 'znacznik typu „!…” jest niedozwolony — usuń go; tekst, który ma zostać tekstem, ujmij w cudzysłów',
  BAD_ALIAS: 'odwołanie „*…” do nieistniejącej kotwicy „&…” — wpisz wartość wprost',
};

function missingChar(message: string): string {
  if (/quote/i.test(message)) return 'brak zamykającego cudzysłowu — tekst zaczęty cudzysłowem musi się nim kończyć';
  if (message.includes('}')) return 'brak zamykającego nawiasu „}”';
  if (message.includes(']')) return 'brak zamykającego nawiasu „]”';
  return 'brakuje znaku zamykającego (cudzysłowu lub nawiasu)';
}

/** "błąd składni YAML: brak zamykającego cudzysłowu … (Missing closing "quote)". */
export function yamlErrorMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
  const original = error.message.split('\n')[0]!.slice(0, 120);
  const polish = error.code === 'MISSING_CHAR' ? missingChar(original) : byCode[error.code];
  return `błąd składni YAML: ${polish ? `${polish} (${original})` : original}`;
}

/** Explicit tags, aliases over the cap and nesting over the cap, walked without recursion. */
function structureProblems(doc: Document, text: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const aliases: number[] = [];
  const stack: [unknown, number][] = [[doc.contents, 1]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
      continue;
    }
    if (!node || typeof node !== 'object' || isDocument(node)) continue;
    const n = node as Node;
    const offset = n.range?.[0] ?? 0;
    // The node starts after its tag: point at the tag's "!" on the same line.
    const bang = text.lastIndexOf('!', offset);
    const tagAt = bang >= 0 && !text.slice(bang, offset).includes('\n') ? bang : offset;
    if (n.tag && !isAlias(n))
      problems.push({
        offset: tagAt,
        code: 'TAG',
        message: `znacznik typu „${n.tag.replace(/^tag:yaml\.org,2002:/, '!!')}” jest niedozwolony — usuń go; tekst, który ma zostać tekstem, ujmij w cudzysłów`,
      });
    if (isAlias(n) && !n.resolve(doc)) problems.push({ offset, code: 'BAD_ALIAS', message: `błąd składni YAML: ${byCode.BAD_ALIAS}` });
    if (isAlias(n)) aliases.push(offset);
    if (isCollection(n)) {
      if (depth > MAX_DEPTH && !tooDeep) {
        tooDeep = true;
        problems.push({
          offset,
          code: 'DEPTH',
          message: `zbyt głębokie zagnieżdżenie (ponad ${MAX_DEPTH} poziomy) — sprawdź nawiasy [ ] { } i wcięcia`,
        });
        continue;
      }
      for (const item of n.items) stack.push([item, depth + 1]);
    }
  }
  // At the first alias over the cap, in file order.
  if (aliases.length > MAX_ALIASES)
    problems.push({
      offset: aliases.sort((a, b) => a - b)[MAX_ALIASES]!,
      code: 'ALIASES',
      message: `ponad ${MAX_ALIASES} odwołań „*…” do kotwic „&…” — wpisz wartości wprost`,
    });
  return problems;
}

/** Parses content YAML the one way the project reads it; `data` is set only when nothing is wrong. */
export function readYaml(text: string): ReadYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  // An unresolved tag is also an explicit tag, reported once by structureProblems.
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].map((e) => ({
    offset: e.pos[0],
    code: e.code,
    message: yamlErrorMessage(e),
  }));
  const directive = /^%.*$/m.exec(text.slice(0, doc.contents?.range?.[0] ?? 0));
  if (directive)
    problems.push({
      offset: directive.index,
      code: 'DIRECTIVE',
      message: `dyrektywa „${directive[0].trim().slice(0, 40)}” jest niedozwolona — usuń tę linię (pliki są czytane jako YAML 1.2)`,
    });
  if (doc.errors.length === 0) problems.push(...structureProblems(doc, text));
  const unique = problems.sort((a, b) => a.offset - b.offset);
  if (unique.length > 0) return { doc, lines, problems: unique };
  try {
    return { doc, lines, problems: [], data: doc.toJS({ maxAliasCount: MAX_ALIASES * 5 }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Unresolved alias/.test(message))
      return { doc, lines, problems: [{ offset: 0, code: 'BAD_ALIAS', message: `błąd składni YAML: ${byCode.BAD_ALIAS}` }] };
    return {
      doc,
      lines,
      problems: [
        {
          offset: 0,
          code: 'TOJS',
          message: `nie da się odczytać pliku (${message.slice(0, 120)}) — uprość odwołania „*…” i zagnieżdżenia`,
        },
      ],
    };
  }
}

/** A problem found while reading a content file, already placed at `file:line:col`. */
export class ContentReadError extends Error {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly problem: string;
  constructor(file: string, line: number, col: number, problem: string) {
    super(`${file}:${line}:${col}  ${problem} — uruchom „npm run check”, by zobaczyć wszystkie błędy`);
    this.name = 'ContentReadError';
    this.file = file;
    this.line = line;
    this.col = col;
    this.problem = problem;
  }
}

/** The data of content YAML, or a ContentReadError naming the file and line (for the loaders). */
export function readYamlData(text: string, file: string, lineOffset = 0): unknown {
  const read = readYaml(text);
  const first = read.problems[0];
  if (first) {
    const pos = read.lines.linePos(first.offset);
    throw new ContentReadError(file, pos.line + lineOffset, pos.col, first.message);
  }
  return read.data;
}
