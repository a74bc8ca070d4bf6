// Error examples quoted in the editors' guide are real: each is what `npm run check` prints for a
// broken copy of the fixture. A guide page marks each with `<!-- przykład: name -->` before a
// ```text block; docExamplesSuite compares every block with the checker's output, or rewrites
// them all when UPDATE_DOCS is set.
import { afterAll, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { checkReport } from '../../scripts/check/report.ts';
import { FIXTURE } from './fixtures.ts';

export type Edit = [file: string, from: string, to: string];

/** How an example breaks the fixture: edits, then new files, then renames (all inside content/). */
export interface Example {
  edits?: Edit[];
  files?: Record<string, string>;
  renames?: [from: string, to: string][];
}

/**
 * What `npm run check` prints (scripts/check-content.ts prints checkReport's text and nothing else),
 * run in a folder whose content/ is the broken fixture. `made` collects the folders to remove.
 */
export function printedCheck(example: Example, made: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'miernik-docs-'));
  made.push(root);
  const content = join(root, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  for (const [file, from, to] of example.edits ?? []) {
    const path = join(content, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`docs example: "${from}" not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  for (const [file, text] of Object.entries(example.files ?? {})) {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    writeFileSync(join(content, file), text);
  }
  for (const [from, to] of example.renames ?? []) renameSync(join(content, from), join(content, to));
  return `$ npm run check\n${checkReport(checkContent(content, root)).text}`;
}

// A quoted example: the marker, then a text code block that never runs into the next fence.
const BLOCK = /(<!-- przykład: ([\w-]+) -->\n```text\n)((?:(?!```)[\s\S])*?)\n?(```)/g;

/** The tests of one guide page: every example quoted, and each exactly what the checker prints. */
export function docExamplesSuite(doc: string, examples: Record<string, Example>): void {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const text = readFileSync(doc, 'utf8');
  const quoted = new Map([...text.matchAll(BLOCK)].map((m) => [m[2]!, m[3]!]));

  if (process.env.UPDATE_DOCS) {
    it('rewrites the examples', () => {
      writeFileSync(
        doc,
        text.replace(
          BLOCK,
          (_all, open: string, name: string, _old: string, close: string) => `${open}${printedCheck(examples[name] ?? {}, made)}\n${close}`,
        ),
      );
    }, 60_000);
    return;
  }

  it('quotes every example, and only those', () => {
    expect([...quoted.keys()].sort()).toEqual(Object.keys(examples).sort());
  });

  it.each(Object.keys(examples))('„%s” is what the checker prints', (name) => {
    expect(quoted.get(name)).toBe(printedCheck(examples[name]!, made));
  });
}
