// A bare Astro site over the same MDX files — one page per file, a minimal layout, no schemas,
// no data pages, no search — so the benchmark can state Miernik's overhead as a ratio.
// Written into a temporary folder that borrows the project's node_modules.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const files = (content: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'bare', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(content, 'programmes'))} }) }) };
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="pl"><head><meta charset="utf-8"><title>{entry.data.title ?? entry.id}</title></head>
<body><main><h1>{entry.data.title ?? entry.id}</h1><Content /></main></body></html>
`,
});

/** Writes the bare site into `dir` for the content folder `content`; returns `dir`. */
export function writeBareSite(dir: string, content: string): string {
  for (const [path, text] of Object.entries(files(resolve(content)))) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
