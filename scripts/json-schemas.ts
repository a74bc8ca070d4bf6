// `npm run schemas`: writes json-schemas/<type>.schema.json from the zod schemas, for editors (VS Code's
// YAML extension gives completion, hover help and red underlines from them).
//
// The field descriptions come from the doc comments in src/schemas/*.ts, read with the TypeScript
// parser: zod never sees comments, and copying each one into `.describe()` would keep two texts
// to keep in step. tests/unit/json-schemas.test.ts regenerates the files in memory and fails when
// the committed ones are stale or a field has no description.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { z } from 'zod';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const SCHEMA_DIR = join(root, 'src/schemas');
export const OUT_DIR = 'json-schemas';

/** One content type: the exported zod schema, where its files live, and whether it is YAML or MDX frontmatter. */
export interface ContentType {
  name: string;
  /** The export in src/schemas that validates it. */
  exportName: string;
  /** Files of this type, relative to the project root (also the glob for `yaml.schemas`). */
  glob: string;
  frontmatter: boolean;
  title: string;
}

export const CONTENT_TYPES: ContentType[] = [
  {
    name: 'organisation',
    exportName: 'organisation',
    glob: 'content/organisations/*.yaml',
    frontmatter: false,
    title: 'Miernik: gmina (organizacja)',
  },
  { name: 'institution', exportName: 'institution', glob: 'content/institutions/*.yaml', frontmatter: false, title: 'Miernik: instytucja' },
  { name: 'glossary', exportName: 'glossary', glob: 'content/glossary.yaml', frontmatter: false, title: 'Miernik: słownik skrótów' },
  { name: 'series', exportName: 'seriesList', glob: 'content/series.yaml', frontmatter: false, title: 'Miernik: serie wskaźników' },
  {
    name: 'search-synonyms',
    exportName: 'searchSynonyms',
    glob: 'content/search-synonyms.yaml',
    frontmatter: false,
    title: 'Miernik: synonimy wyszukiwarki',
  },
  { name: 'site', exportName: 'site', glob: 'content/site.yaml', frontmatter: false, title: 'Miernik: dane wydawcy serwisu' },
  { name: 'helplines', exportName: 'helplines', glob: 'content/helplines.yaml', frontmatter: false, title: 'Miernik: telefony pomocy' },
  {
    name: 'help-topics',
    exportName: 'helpTopics',
    glob: 'content/help-topics.yaml',
    frontmatter: false,
    title: 'Miernik: wyrażenia wyszukiwarki i tematy pomocy',
  },
  {
    name: 'programme',
    exportName: 'programme',
    glob: 'content/programmes/*/index.mdx',
    frontmatter: true,
    title: 'Miernik: program (nagłówek index.mdx)',
  },
  {
    name: 'goal',
    exportName: 'goal',
    glob: 'content/programmes/*/goals/*.mdx',
    frontmatter: true,
    title: 'Miernik: cel (nagłówek goals/<id>.mdx)',
  },
  {
    name: 'statistics',
    exportName: 'statistics',
    glob: 'content/programmes/*/statistics.yaml',
    frontmatter: false,
    title: 'Miernik: dane diagnozy',
  },
  {
    name: 'easy-read',
    exportName: 'easyRead',
    glob: 'content/easy-read.yaml',
    frontmatter: false,
    title: 'Miernik: tekst łatwy do czytania (serwis)',
  },
  {
    name: 'easy-read-programme',
    exportName: 'easyRead',
    glob: 'content/programmes/*/easy-read.yaml',
    frontmatter: false,
    title: 'Miernik: tekst łatwy do czytania (program)',
  },
  {
    name: 'report',
    exportName: 'report',
    glob: 'content/programmes/*/reports/*.mdx',
    frontmatter: true,
    title: 'Miernik: sprawozdanie (nagłówek reports/<rok>.mdx)',
  },
];

export const schemaFile = (t: ContentType) => `${OUT_DIR}/${t.name}.schema.json`;

/** Doc comments of one exported constant: its own, and those of the object fields it defines. */
interface Docs {
  own?: string;
  fields: Map<string, string>;
  /** `x.extend({…})`: the fields of x are documented in x. */
  base?: string;
  /** `{ ...timeFields }`: fields spread in from another exported constant, documented there. */
  spreads: string[];
}

const docText = (node: ts.Node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim() || undefined;

/** Reads the doc comments of every exported `const` in src/schemas/*.ts. */
export function readDocs(dir = SCHEMA_DIR): Map<string, Docs> {
  const docs = new Map<string, Docs>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
        const entry: Docs = { own: docText(decl), fields: new Map(), spreads: [] };
        const visit = (node: ts.Node) => {
          if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
            const text = docText(node);
            if (text) entry.fields.set(node.name.text, text);
          }
          if (
            ts.isCallExpression(node) &&
            ts.isPropertyAccessExpression(node.expression) &&
            node.expression.name.text === 'extend' &&
            ts.isIdentifier(node.expression.expression)
          )
            entry.base = node.expression.expression.text;
          if (ts.isSpreadAssignment(node) && ts.isIdentifier(node.expression)) entry.spreads.push(node.expression.text);
          ts.forEachChild(node, visit);
        };
        visit(decl.initializer);
        docs.set(decl.name.text, entry);
      }
    }
  }
  return docs;
}

type Json = Record<string, unknown> & { properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; description?: string };
type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Walks a zod schema and its JSON Schema side by side and adds descriptions: a field's doc comment
 * on the field, a named schema's own doc comment on the schema (the field's wins).
 */
function annotate(
  schema: z.ZodType,
  json: Json | undefined,
  names: Map<z.ZodType, string>,
  docs: Map<string, Docs>,
  fields: Map<string, string>,
) {
  if (!json) return;
  const name = names.get(schema);
  if (name) {
    fields = fieldDocs(name, docs);
    const own = docs.get(name)?.own;
    if (own && !json.description) json.description = own;
  }
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape)) {
      const childJson = json.properties?.[key];
      annotate(child, childJson, names, docs, fields);
      const doc = fields.get(key);
      if (childJson && doc) childJson.description = doc;
    }
  } else if (def.type === 'array' && def.element) annotate(def.element, json.items, names, docs, fields);
  else if (def.type === 'union' && def.options) def.options.forEach((o, i) => annotate(o, json.anyOf?.[i], names, docs, fields));
  else if (def.innerType) annotate(def.innerType, json, names, docs, fields);
}

function fieldDocs(name: string, docs: Map<string, Docs>): Map<string, string> {
  const entry = docs.get(name);
  if (!entry) return new Map();
  return new Map([
    ...(entry.base ? fieldDocs(entry.base, docs) : []),
    ...entry.spreads.flatMap((n) => [...fieldDocs(n, docs)]),
    ...entry.fields,
  ]);
}

/** Every exported zod schema of src/schemas, by name (instances are matched by identity). */
async function exportedSchemas(dir = SCHEMA_DIR): Promise<Map<string, z.ZodType>> {
  const out = new Map<string, z.ZodType>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (value instanceof z.ZodType) out.set(name, value);
  }
  return out;
}

/** The JSON Schema of every content type, keyed by the path it is written to. */
export async function buildJsonSchemas(): Promise<Map<string, Json>> {
  const schemas = await exportedSchemas();
  const names = new Map([...schemas].map(([name, schema]) => [schema, name]));
  const docs = readDocs();
  const out = new Map<string, Json>();
  for (const type of CONTENT_TYPES) {
    const schema = schemas.get(type.exportName);
    if (!schema) throw new Error(`src/schemas: brak eksportu „${type.exportName}”`);
    // draft-07: the dialect editors' YAML tooling supports best. Input side: fields with defaults are optional.
    // Deep copy, because zod may share one JSON object between uses of the same schema.
    const json = structuredClone(z.toJSONSchema(schema, { target: 'draft-07', io: 'input' })) as Json;
    annotate(schema, json, names, docs, new Map());
    const { $schema, ...rest } = json;
    out.set(schemaFile(type), { $schema, title: type.title, ...rest });
  }
  return out;
}

export const serialise = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(join(root, OUT_DIR), { recursive: true });
  for (const [file, json] of await buildJsonSchemas()) {
    writeFileSync(join(root, file), serialise(json));
    console.log(`zapisano ${file}`);
  }
}
