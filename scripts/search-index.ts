// Builds the Pagefind index with its Node API and fails on any indexing error
// (the astro-pagefind integration only logs them).
import * as pagefind from 'pagefind';

export async function buildSearchIndex(dist: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Pagefind: zindeksowano ${added.page_count} stron.`);
}
