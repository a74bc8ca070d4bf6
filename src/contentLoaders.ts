// Astro loaders that read content exactly as `npm run check` does (src/lib/contentFile.ts): the
// same strict UTF-8, the same frontmatter split and the same YAML 1.2 reading (src/lib/readYaml.ts),
// instead of Astro's js-yaml (YAML 1.1: `0144` is 100, `2021-12-06` a Date, `!wazne` a crash).
// glob() keeps finding files, making ids, digests and deferred MDX rendering; only the step that
// turns a file into data is ours. A file that cannot be read stops the build naming file and line.
import { byUniqueKey } from './lib/keyed.ts';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentData } from './lib/contentFile.ts';

type GlobOptions = Parameters<typeof glob>[0];
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

const shown = (path: string) => relative(process.cwd(), path).split('\\').join('/');

/** What Astro's entry types do, with our reading: `{ data }` for YAML, `{ data, body, rawData }` for MDX. */
export function entryInfo(path: string, ext: string) {
  const mdx = ext === '.mdx';
  const { data, body, yaml } = contentData(readFileSync(path), mdx, shown(path));
  const record = (data ?? {}) as Record<string, unknown>;
  return mdx ? { data: record, body: (body ?? '').trim(), slug: record.slug as string | undefined, rawData: yaml } : { data: record };
}

/** glob() over content files, reading them with the checker's reader. */
export function contentGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'miernik-glob',
    load: async (context) => {
      // glob() looks up how to read a file by its extension in `entryTypes` (not in Astro's public
      // types): replace the getEntryInfo of the two we use, keep everything else (MDX rendering).
      const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(types instanceof Map) || !types.has('.mdx') || !types.has('.yaml'))
        throw new Error('miernik-glob: Astro nie przekazało entryTypes — po aktualizacji Astro sprawdź src/contentLoaders.ts');
      const ours = new Map(types);
      for (const ext of ['.mdx', '.yaml']) {
        const type = types.get(ext)!;
        ours.set(
          ext,
          Object.assign(Object.create(Object.getPrototypeOf(type)), type, {
            getEntryInfo: ({ fileUrl }: { fileUrl: URL }) => entryInfo(fileURLToPath(fileUrl), ext),
          }),
        );
      }
      await inner.load({ ...context, entryTypes: ours } as LoaderContext);
    },
  };
}

/**
 * One YAML file as a collection: `entries` turns its data into [id, entry] pairs. Read again when
 * the file changes under `npm run dev`; no entries when the file is absent.
 */
function yamlFileLoader(name: string, file: string, entries: (data: unknown) => [string, Record<string, unknown>][]): Loader {
  const path = resolve(file);
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      const sync = async () => {
        store.clear();
        if (!existsSync(path)) return;
        const { data } = contentData(readFileSync(path), false, shown(path));
        const filePath = relative(fileURLToPath(config.root), path).split('\\').join('/');
        for (const [id, item] of entries(data)) {
          store.set({ id, data: await parseData({ id, data: item, filePath: path }), filePath, digest: generateDigest(item) });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (resolve(changed) === path) await sync();
      });
    },
  };
}

/** A YAML list of entries (glossary.yaml, series.yaml), one entry per item, its id from `key`. */
export const contentList = (file: string, key: string): Loader =>
  // A repeated key would leave one entry in place of the other: refused (src/lib/keyed.ts).
  yamlFileLoader('miernik-list', file, (data) =>
    Object.entries(byUniqueKey((data ?? []) as Record<string, unknown>[], key, shown(resolve(file)))),
  );

/** A YAML file holding one object (site.yaml) as the single entry `id`. */
export const contentObject = (file: string, id: string): Loader =>
  yamlFileLoader('miernik-object', file, (data) => [[id, (data ?? {}) as Record<string, unknown>]]);
