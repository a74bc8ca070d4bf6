// Builds the Pagefind index with its Node API and fails on any indexing error (the
// astro-pagefind integration only logs them). Each page is indexed with the extra terms of the
// synonym groups it mentions (content/search-synonyms.yaml), without changing the page itself.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { extraTerms } from '../src/lib/searchTerms.ts';
import { searchSynonyms } from '../src/schemas/searchSynonyms.ts';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

export async function buildSearchIndex(dist: string, synonymsFile: string): Promise<void> {
  const groups = searchSynonyms.parse(parseYaml(readFileSync(synonymsFile, 'utf8')));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index || errors.length > 0) fail('createIndex', errors);
  let pages = 0;
  for (const file of htmlFiles(dist).sort()) {
    const html = readFileSync(file, 'utf8');
    const root = parseHtml(html);
    const body = root.querySelector('[data-pagefind-body]');
    if (!body) continue;
    const terms = extraTerms(body.textContent, groups);
    if (terms.length > 0) body.insertAdjacentHTML('beforeend', `<p data-pagefind-weight="0.5">${terms.join(' · ')}</p>`);
    const url = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: root.toString() });
    if (added.errors.length > 0) fail(url, added.errors);
    pages += 1;
  }
  // The files come back in memory and are written here, synchronously, so the build's checksums
  // never read a file the Pagefind service is still writing.
  const got = await index.getFiles();
  if (got.errors.length > 0) fail('getFiles', got.errors);
  const out = join(dist, 'pagefind');
  for (const file of got.files) {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), file.content);
  }
  await pagefind.close();
  console.log(`Pagefind: zindeksowano ${pages} stron.`);
}
