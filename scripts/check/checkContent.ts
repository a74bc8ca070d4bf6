// Reads every file of a content folder, validates it against its schema and then across files,
// and returns every problem with file, line, column and field path. Used by `npm run check`,
// by the build (which stops on any error) and by the tests (with fixture folders).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import * as schemas from '../../src/schemas/index.ts';
import { readContentFile } from '../../src/lib/contentFile.ts';
import { mdxToMdast } from 'satteri';
import { mdxProblems, type MdxNode, type MdxProblem } from '../../src/lib/mdxSafety.ts';
import { locate, type LocatedYaml } from '../../src/lib/yamlLocate.ts';
import { crossCheck } from '../../src/lib/crossCheck.ts';
import type { Path, RawContent } from '../../src/lib/model.ts';
import { issueMessage, misspeltKeys, pathText } from './messages.ts';
import { reportTargetProblems } from './reportTargets.ts';
import { contentWarnings, type Body } from './warnings.ts';
import { identityProblems, type ContentFile } from './identity.ts';
import { salvage } from './salvage.ts';
import { valueProblems } from './values.ts';
import { listContentFiles, relPath, unknownFileMessage } from './files.ts';
import { mdxErrorMessage } from './mdxErrors.ts';
import { safeMessage } from './excerpt.ts';
import { residentProblems } from './residents.ts';
import { easyReadProblems, type EasyReadFile } from './easyRead.ts';
import { missingMessage, translationFindings } from './translations.ts';

z.config(z.locales.pl());

export interface Located {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

interface Kind {
  /** Matches the file's path relative to the content folder, with `/` separators. */
  pattern: RegExp;
  schema: z.ZodType;
  frontmatter: boolean;
  add(raw: RawContent, rel: string, match: RegExpExecArray, data: unknown): void;
  /** Easy-to-read text: checked further by easyRead.ts (the programme slug from the match, if any). */
  easyRead?: true;
}

const kinds: Kind[] = [
  {
    pattern: /^organisations\/([a-z0-9-]+)\.yaml$/,
    schema: schemas.organisation,
    frontmatter: false,
    add: (raw, file, m, data) => raw.organisations.push({ id: m[1]!, file, data: data as never }),
  },
  {
    pattern: /^institutions\/([a-z0-9-]+)\.yaml$/,
    schema: schemas.institution,
    frontmatter: false,
    add: (raw, file, m, data) => raw.institutions.push({ id: m[1]!, file, data: data as never }),
  },
  {
    pattern: /^glossary\.yaml$/,
    schema: schemas.glossary,
    frontmatter: false,
    add: (raw, _f, _m, data) => raw.glossary.push(...(data as never[])),
  },
  {
    pattern: /^series\.yaml$/,
    schema: schemas.seriesList,
    frontmatter: false,
    add: (raw, _f, _m, data) => raw.series.push(...(data as never[])),
  },
  { pattern: /^search-synonyms\.yaml$/, schema: schemas.searchSynonyms, frontmatter: false, add: () => {} },
  // The publisher's facts: checked here, read by the pages through the "site" collection.
  { pattern: /^site\.yaml$/, schema: schemas.site, frontmatter: false, add: () => {} },
  // Checked further by residents.ts.
  { pattern: /^helplines\.yaml$/, schema: schemas.helplines, frontmatter: false, add: () => {} },
  { pattern: /^help-topics\.yaml$/, schema: schemas.helpTopics, frontmatter: false, add: () => {} },
  // Easy-to-read pages (/latwy-tekst/): the site's and each programme's.
  { pattern: /^easy-read\.yaml$/, schema: schemas.easyRead, frontmatter: false, add: () => {}, easyRead: true },
  { pattern: /^programmes\/([a-z0-9-]+)\/easy-read\.yaml$/, schema: schemas.easyRead, frontmatter: false, add: () => {}, easyRead: true },
  {
    pattern: /^programmes\/([a-z0-9-]+)\/index\.mdx$/,
    schema: schemas.programme,
    frontmatter: true,
    add: (raw, file, m, data) => raw.programmes.push({ id: m[1]!, file, data: data as never }),
  },
  {
    pattern: /^programmes\/([a-z0-9-]+)\/goals\/([^/]+)\.mdx$/,
    schema: schemas.goal,
    frontmatter: true,
    add: (raw, file, m, data) => raw.goals.push({ id: `${m[1]}/${m[2]}`, programme: m[1]!, file, data: data as never }),
  },
  {
    pattern: /^programmes\/([a-z0-9-]+)\/statistics\.yaml$/,
    schema: schemas.statistics,
    frontmatter: false,
    add: (raw, file, m, data) => raw.statistics.push({ id: m[1]!, programme: m[1]!, file, data: data as never }),
  },
  {
    pattern: /^programmes\/([a-z0-9-]+)\/reports\/(\d{4})\.mdx$/,
    schema: schemas.report,
    frontmatter: true,
    add: (raw, file, m, data) => raw.reports.push({ id: `${m[1]}/${m[2]}`, programme: m[1]!, file, data: data as never }),
  },
];

export interface CheckResult {
  /** Problems that stop the build. */
  errors: Located[];
  /** Problems worth fixing that do not stop the build (missing prose, placeholders left by `npm run new`). */
  warnings: Located[];
  /** Ukrainian and English variants not written yet (see translations.ts): listed after the report, never an error. */
  untranslated: (Located & { lang: string })[];
  raw: RawContent;
}

/** Validates a whole content folder. Paths in the result are relative to `cwd`. */
/** Problems of an MDX body: syntax the MDX parser rejects, or code where only text may be. */
function bodyProblems(body: string): MdxProblem[] {
  try {
    return mdxProblems(mdxToMdast(body) as MdxNode);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, col] = /(\d+):(\d+)/.exec(message) ?? [];
    return [{ line: Number(line ?? 1), col: Number(col ?? 1), message: mdxErrorMessage(message) }];
  }
}

export function checkContent(contentDir: string, cwd = process.cwd()): CheckResult {
  const raw: RawContent = {
    organisations: [],
    institutions: [],
    glossary: [],
    series: [],
    programmes: [],
    goals: [],
    statistics: [],
    reports: [],
  };
  const errors: Located[] = [];
  const warnings: Located[] = [];
  const bodies = new Map<string, Body>();
  const files = new Map<string, { located: LocatedYaml; lineOffset: number; toOriginal?: (path: Path) => Path }>();
  const seen: ContentFile[] = [];
  const easyReadFiles: EasyReadFile[] = [];
  const known = {
    organisations: new Set<string>(),
    institutions: new Set<string>(),
    programmes: new Set<string>(),
    seriesReadable: true,
    damaged: new Set<string>(),
    incomplete: new Set<string>(),
  };
  const fail = (rel: string) => {
    if (rel === 'series.yaml') known.seriesReadable = false;
    // Checks that need the whole programme (unknown indicator or goal ids) say nothing: see salvage.ts.
    known.damaged.add(relative(cwd, join(contentDir, rel)).split(sep).join('/'));
    const inProgramme = /^programmes\/([^/]+)\/(?!reports\/)/.exec(rel);
    if (inProgramme) known.incomplete.add(inProgramme[1]!);
  };
  const place = (file: string, path: Path, atKey = false) => {
    const f = files.get(file);
    const written = f?.toOriginal?.(path) ?? path;
    const pos = f ? locate(f.located, written, atKey) : { line: 1, col: 1 };
    return { file, line: pos.line + (f?.lineOffset ?? 0), col: pos.col, path: pathText(written) };
  };
  const at = (file: string, path: Path, message: string, atKey = false, list = errors) =>
    list.push({ ...place(file, path, atKey), message });

  const listing = listContentFiles(contentDir);
  for (const p of listing.problems)
    (p.warning ? warnings : errors).push({ file: relPath(cwd, p.full), line: 1, col: 1, path: '(plik)', message: p.message });
  for (const full of listing.files) {
    const rel = relPath(contentDir, full);
    const file = relative(cwd, full).split(sep).join('/');
    if (rel.endsWith('README.md')) continue;
    const kind = kinds.find((k) => k.pattern.test(rel));
    if (!kind) {
      errors.push({ file, line: 1, col: 1, path: '(plik)', message: unknownFileMessage(rel) });
      continue;
    }
    const match = kind.pattern.exec(rel)!;
    seen.push({ rel, file });
    if (rel.startsWith('organisations/')) known.organisations.add(match[1]!);
    if (rel.startsWith('institutions/')) known.institutions.add(match[1]!);
    if (/^programmes\/[^/]+\/index\.mdx$/.test(rel)) known.programmes.add(match[1]!);
    // Bytes to data exactly as the build's collections read them (src/lib/contentFile.ts).
    const read = readContentFile(readFileSync(full), kind.frontmatter);
    for (const p of read.problems) errors.push({ file, ...p });
    if (read.body) {
      bodies.set(file, read.body);
      for (const problem of bodyProblems(read.body.text)) {
        errors.push({ file, line: read.body.line + problem.line - 1, col: problem.col, path: '(treść)', message: problem.message });
      }
    }
    if (read.read) files.set(file, { located: read.read, lineOffset: read.lineOffset });
    if (!read.read || !('data' in read.read)) {
      fail(rel);
      continue;
    }
    const data = read.read.data;
    const result = kind.schema.safeParse(data);
    if (!result.success) {
      const misspelt = misspeltKeys(result.error.issues, kind.schema);
      for (const issue of result.error.issues) {
        // "unitLable" already says "did you mean unitLabel?": the missing unitLabel is the same mistake.
        if (issue.code === 'invalid_type' && misspelt.has(pathText(issue.path))) continue;
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            at(file, [...issue.path, key] as Path, issueMessage({ ...issue, keys: [key] }, data, kind.schema), true);
        } else at(file, issue.path as Path, issueMessage(issue, data, kind.schema));
      }
      fail(rel);
      const partial = salvage(kind.schema, data, rel);
      if (partial) {
        files.get(file)!.toOriginal = partial.toOriginal;
        kind.add(raw, file, match, partial.data);
      }
      continue;
    }
    kind.add(raw, file, match, result.data);
    if (kind.easyRead) easyReadFiles.push({ file, programme: match[1], data: result.data as EasyReadFile['data'] });
  }

  const cross = [
    ...crossCheck(raw, known),
    ...reportTargetProblems(raw, known.damaged),
    ...identityProblems(raw, seen),
    ...valueProblems(raw),
  ];
  for (const p of cross) at(p.file, p.path, p.message);
  for (const p of easyReadProblems(easyReadFiles, raw, known)) at(p.file, p.path, p.message);
  for (const p of residentProblems(contentDir, cwd, raw)) at(p.file, p.path, p.message, false, p.warning ? warnings : errors);
  const translations = translationFindings(contentDir, cwd, raw);
  for (const p of translations.problems) at(p.file, p.path, p.message, true);
  // A missing variant is found at its Polish source's line; the field path says where to write it.
  const untranslated = translations.missing.map((m) => ({
    ...place(m.file, m.source),
    path: pathText(m.path),
    message: missingMessage(m),
    lang: m.lang,
  }));
  for (const w of contentWarnings(raw, bodies)) {
    if (w.path === 'body') warnings.push({ file: w.file, line: w.line ?? 1, col: 1, path: '(treść)', message: w.message });
    else at(w.file, w.path, w.message, false, warnings);
  }
  const byPlace = (a: Located, b: Located) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
  // Values are quoted as short, visible excerpts (an invisible character shows as U+200B).
  const safe = (list: Located[]) => list.map((e) => ({ ...e, message: safeMessage(e.message) })).sort(byPlace);
  return { errors: safe(errors), warnings: safe(warnings), untranslated: untranslated.sort(byPlace), raw };
}

/** `file:line:col  field.path  message`, one problem a line. */
export function formatErrors(errors: Located[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.col}  ${e.path}  ${e.message}`).join('\n');
}

/** `file:line:col  field.path  ostrzeżenie: message`, one warning a line. */
export function formatWarnings(warnings: Located[]): string {
  return formatErrors(warnings.map((w) => ({ ...w, message: `ostrzeżenie: ${w.message}` })));
}
