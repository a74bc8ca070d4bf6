// Rules the zod schemas add with .refine()/.superRefine() (period order, a goal has content, a day
// that exists, an update after the publication) have no form in the JSON Schemas of json-schemas/:
// zod's toJSONSchema leaves them out, and draft-07 cannot compare two fields. VS Code's underlines
// (and ajv) therefore let them through; this proves that `npm run check`, which editors run (also
// as a VS Code task, docs/edytor.md), reports each one at its file, line and field. A new
// refinement in src/schemas without a case here fails the first test.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildJsonSchemas, CONTENT_TYPES, schemaFile } from '../../scripts/json-schemas.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { brokenFixture as broken, lineOf, removeFixtures } from '../support/fixtures.ts';

afterEach(removeFixtures);

const Ajv = (await import('ajv')).default;
const generated = await buildJsonSchemas();

const INDEX = 'programmes/demo-2024-2026/index.mdx';

interface Case {
  /** The schema module the rule is in (src/schemas/<file>). */
  schema: string;
  /** The content type (scripts/json-schemas.ts) whose JSON Schema the file is validated against. */
  type: string;
  file: string;
  edit: [from: string, to: string];
  path: string;
  message: string;
  /** Text on the line the error must point at. */
  at: string;
}

const CASES: Record<string, Case> = {
  'the end year before the start year': {
    schema: 'programme.ts',
    type: 'programme',
    file: INDEX,
    edit: ['periodEnd: 2026', 'periodEnd: 2023'],
    path: 'periodEnd',
    message: 'rok końcowy (periodEnd) jest wcześniejszy niż rok początkowy (periodStart) (otrzymano „2023”)',
    at: 'periodEnd',
  },
  'a range with its first year only': {
    schema: 'common.ts',
    type: 'goal',
    file: 'programmes/demo-2024-2026/goals/1.mdx',
    edit: ['- { year: 2024, value: 30000, text: "30 000 zł" }', '- { from: 2024, value: 30000, text: "30 000 zł" }'],
    path: 'tasks.0.actions.0.budget.0.from',
    message: 'brak roku końcowego: dopisz „to: <rok>” obok „from” (otrzymano „2024”)',
    at: 'from: 2024',
  },
  'a day that does not exist': {
    schema: 'site.ts',
    type: 'site',
    file: 'site.yaml',
    edit: ['publishedOn: "2024-03-01"', 'publishedOn: "2024-02-30"'],
    path: 'publishedOn',
    message: 'taki dzień nie istnieje (otrzymano „2024-02-30”)',
    at: 'publishedOn',
  },
  'a help link with both a need and an institution': {
    schema: 'helpTopic.ts',
    type: 'help-topics',
    file: 'help-topics.yaml',
    edit: ['    - need: teraz\n', '    - need: teraz\n      institution: osrodek-demo\n'],
    path: '0.links.0',
    message: 'podaj albo „need: <odpowiedź>”, albo „institution: <id>” (otrzymano obiekt)',
    at: 'need: teraz',
  },
  'an update before the publication': {
    schema: 'site.ts',
    type: 'site',
    file: 'site.yaml',
    edit: ['updatedOn: "2025-01-15"', 'updatedOn: "2024-01-15"'],
    path: 'updatedOn',
    message: 'data ostatniej aktualizacji (updatedOn) jest wcześniejsza niż data publikacji (publishedOn) (otrzymano „2024-01-15”)',
    at: 'updatedOn',
  },
};

/** `.refine(` and `.superRefine(` calls per schema module. */
const refinements = () =>
  Object.fromEntries(
    readdirSync('src/schemas')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [f, [...readFileSync(join('src/schemas', f), 'utf8').matchAll(/\.(?:super)?[rR]efine\(/g)].length] as const)
      .filter(([, n]) => n > 0),
  );

const dataOf = (dir: string, file: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  return parse(file.endsWith('.mdx') ? splitFrontmatter(text).yaml : text);
};

describe('refinements the JSON Schemas cannot carry', () => {
  it('every .refine()/.superRefine() in src/schemas has a case here', () => {
    const covered: Record<string, number> = {};
    for (const c of Object.values(CASES)) covered[c.schema] = (covered[c.schema] ?? 0) + 1;
    expect(covered).toEqual(refinements());
  });

  it.each(Object.entries(CASES))('%s: the JSON Schema lets it through, npm run check reports it at its line and field', (_name, c) => {
    const dir = broken([c.file, ...c.edit]);
    const type = CONTENT_TYPES.find((t) => t.name === c.type)!;
    const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(generated.get(schemaFile(type))!);
    expect(validate(dataOf(dir, c.file)), JSON.stringify(validate.errors)).toBe(true);
    expect(checkContent(dir, dir).errors).toContainEqual({
      file: c.file,
      line: lineOf(dir, c.file, c.at),
      col: expect.any(Number),
      path: c.path,
      message: c.message,
    });
  });
});
