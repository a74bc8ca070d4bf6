// A Vite plugin: content MDX files are compiled without their frontmatter. Pages read the data
// from the content collections, parsed and validated once; the copy the MDX compiler would
// export from every module only inflates the server bundle (goal files are mostly frontmatter),
// which made the bundling step of a 1 000-programme portal several GB (see `npm run bench`).
import type { Plugin } from 'vite';
import { resolve, sep } from 'node:path';
import { blankFrontmatter } from '../lib/frontmatter.ts';

export function leanMdxPlugin(contentDir: string): Plugin {
  const root = resolve(contentDir) + sep;
  return {
    name: 'miernik-lean-mdx',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx') || !file.startsWith(root)) return null;
      return { code: blankFrontmatter(code), map: null };
    },
  };
}
