// The JSON Schemas editors get in VS Code: in step with the zod schemas, every field described,
// wired to the right files, and accepting the same content the checker accepts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { buildJsonSchemas, CONTENT_TYPES, OUT_DIR, schemaFile, serialise } from '../../scripts/json-schemas.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const generated = await buildJsonSchemas();
const FIXTURE = 'tests/fixtures/content';

/** ajv is not our dependency but html-validate's (and the YAML language server's); skip if it ever goes. */
const Ajv = await import('ajv').then((m) => m.default).catch(() => undefined);

/** The engine of VS Code's YAML extension (redhat.vscode-yaml), here through @astrojs/check; skip if it ever goes. */
const yamlLs = await import('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js').catch(() => undefined);
const textDocument = await import('vscode-languageserver-textdocument').catch(() => undefined);

type Json = { properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; description?: string };

/** Paths of properties that have no description. */
function undescribed(json: Json, path = ''): string[] {
  const own = Object.entries(json.properties ?? {}).flatMap(([k, v]) => [
    ...(v.description ? [] : [`${path}${k}`]),
    ...undescribed(v, `${path}${k}.`),
  ]);
  return [...own, ...(json.items ? undescribed(json.items, path) : []), ...(json.anyOf ?? []).flatMap((a) => undescribed(a, path))];
}

/** The data of a content file as the checker reads it (YAML, or the frontmatter of an MDX file). */
const dataOf = (file: string) =>
  parse(file.endsWith('.mdx') ? splitFrontmatter(readFileSync(file, 'utf8')).yaml : readFileSync(file, 'utf8'));

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/** `content/programmes/*\/goals/*.mdx` → a RegExp over paths relative to the content folder's parent. */
const globRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);

describe('JSON Schemas for editors', () => {
  it('the committed files in json-schemas/ are what `npm run schemas` generates now', () => {
    const committed = readdirSync(OUT_DIR).sort();
    expect(committed).toEqual([...generated.keys()].map((f) => f.slice(OUT_DIR.length + 1)).sort());
    for (const [file, json] of generated) expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run schemas`).toBe(serialise(json));
  });

  it('describes every field (from the doc comments in src/schemas)', () => {
    for (const [file, json] of generated) expect(undescribed(json as Json), file).toEqual([]);
    const goal = generated.get('json-schemas/goal.schema.json') as Json;
    expect(goal.properties?.order?.description).toBe('Position on the programme page (1, 2, …).');
  });

  it('maps every YAML content type to its schema in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
    const expected = Object.fromEntries(CONTENT_TYPES.filter((t) => !t.frontmatter).map((t) => [`./${schemaFile(t)}`, t.glob]));
    expect(settings['yaml.schemas']).toEqual(expected);
    const recommended = JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')) as { recommendations: string[] };
    expect(recommended.recommendations).toContain('redhat.vscode-yaml');
  });

  it('each content type glob matches the files of the fixture (and only one type matches a file)', () => {
    const files = walk(FIXTURE).map((f) => `content/${f.slice(FIXTURE.length + 1)}`);
    for (const file of files)
      expect(
        CONTENT_TYPES.filter((t) => globRegExp(t.glob).test(file)).map((t) => t.name),
        file,
      ).toHaveLength(1);
    for (const t of CONTENT_TYPES)
      expect(
        files.some((f) => globRegExp(t.glob).test(f)),
        t.glob,
      ).toBe(true);
  });

  it.skipIf(!Ajv)('accepts every valid fixture file and rejects an unknown key (validated with ajv)', () => {
    // Formats (site.yaml's email, uri) are not ajv's to know without ajv-formats; the YAML language server below checks them.
    const ajv = new Ajv!({ allErrors: true, strict: true, validateFormats: false });
    const validators = new Map(CONTENT_TYPES.map((t) => [t, ajv.compile(generated.get(schemaFile(t))!)]));
    for (const full of walk(FIXTURE)) {
      const file = `content/${full.slice(FIXTURE.length + 1)}`;
      const type = CONTENT_TYPES.find((t) => globRegExp(t.glob).test(file))!;
      const validate = validators.get(type)!;
      expect(validate(dataOf(full)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const goal = dataOf(`${FIXTURE}/programmes/demo-2024-2026/goals/1.mdx`);
    goal.tasks[0].actions[0].implementors = [];
    const validate = validators.get(CONTENT_TYPES.find((t) => t.name === 'goal')!)!;
    expect(validate(goal)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'implementors' } }),
    );
  });

  it.skipIf(!yamlLs || !textDocument)(
    "VS Code's YAML language server, configured from .vscode/settings.json, validates and explains content files",
    async () => {
      const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
      const ls = yamlLs!.getLanguageService({
        schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
        workspaceContext: { resolveRelativePath: (rel: string, res: string) => new URL(rel, res).href },
      });
      ls.configure({
        validate: true,
        hover: true,
        schemas: Object.entries(settings['yaml.schemas']).map(([schema, glob]) => ({
          uri: pathToFileURL(resolve(schema)).href,
          fileMatch: [glob],
        })),
      });
      let version = 0; // the server caches parsed documents by URI and version
      const open = (file: string, text: string) =>
        textDocument!.TextDocument.create(pathToFileURL(resolve(file)).href, 'yaml', ++version, text);
      const yamlFiles = walk(FIXTURE).filter((f) => f.endsWith('.yaml'));
      expect(yamlFiles.length).toBeGreaterThan(4);
      for (const full of yamlFiles) {
        const file = `content/${full.slice(FIXTURE.length + 1)}`;
        expect(await ls.doValidation(open(file, readFileSync(full, 'utf8')), false), file).toEqual([]);
      }
      const broken = readFileSync(`${FIXTURE}/institutions/osrodek-demo.yaml`, 'utf8').replace('shortName:', 'shortname:');
      const messages = (await ls.doValidation(open('content/institutions/osrodek-demo.yaml', broken), false)).map((d) => d.message);
      expect(messages).toContain('Property shortname is not allowed.');
      const hover = await ls.doHover(open('content/organisations/demo.yaml', 'name: Gmina\nshortName: G\n'), { line: 0, character: 1 });
      expect(JSON.stringify(hover?.contents)).toContain('Official name');
    },
  );
});
