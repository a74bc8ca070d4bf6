// Builds the Pagefind index with its Node API and fails on any indexing error (the
// astro-pagefind integration only logs them). Each page is indexed with the extra terms of the
// synonym groups it mentions (content/search-synonyms.yaml), without changing the page itself;
// indicator pages are indexed as sections of their programme's indicator list (searchRecords.ts).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentData } from '../src/lib/contentFile.ts';
import * as pagefind from 'pagefind';
import { indicatorListRecord, pageRecord } from '../src/lib/searchRecords.ts';
import { indicatorPageOf } from '../src/lib/urls.ts';
import { searchSynonyms } from '../src/schemas/searchSynonyms.ts';
import { pages, pathInSite, programmeIndicatorsUrl } from '../src/lib/urls.ts';
import { vocabulary } from '../src/lib/spelling.ts';
import { dirname } from 'node:path';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

// One index per <html lang> (Pagefind's multilingual support): /uk/ and /en/ pages are searched from
// their own search pages, Polish from /szukaj/.
export async function buildSearchIndex(dist: string, synonymsFile: string): Promise<void> {
  const groups = searchSynonyms.parse(contentData(readFileSync(synonymsFile), false, synonymsFile).data);
  const { index, errors } = await pagefind.createIndex();
  if (!index || errors.length > 0) fail('createIndex', errors);
  // Records carry site paths ('/pomoc/'); Pagefind's script prefixes them with the base path it is
  // served under (its default baseUrl), so results link right on a sub-path too.
  const urlOf = (file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const files = htmlFiles(dist).sort();
  // Indicator pages are indexed as sections of their programme's indicator list, by its URL.
  const indicatorsOf = new Map<string, { id: string; file: string }[]>();
  for (const file of files) {
    const page = indicatorPageOf(urlOf(file));
    if (!page) continue;
    const list = pathInSite(programmeIndicatorsUrl(page.programme))!;
    if (!indicatorsOf.has(list)) indicatorsOf.set(list, []);
    indicatorsOf.get(list)!.push({ id: page.indicator, file });
  }
  let records = 0;
  let sections = 0;
  // Pagefind indexes in its own process: a few pages stay in flight while the next are read and
  // parsed here, and every error is reported at the end.
  const inFlight = new Set<Promise<unknown>>();
  const addErrors: string[] = [];
  // The words of every record, for the search page's typo correction (spelling.ts).
  const texts: string[] = [];
  const add = async (url: string, content: string) => {
    texts.push(content.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' '));
    const sent = index.addHTMLFile({ url, content }).then(
      (added) => addErrors.push(...added.errors.map((e) => `${url}: ${e}`)),
      (error: unknown) => addErrors.push(`${url}: ${String(error)}`),
    );
    inFlight.add(sent);
    void sent.then(() => inFlight.delete(sent));
    records += 1;
    if (inFlight.size >= 8) await Promise.race(inFlight);
  };
  for (const file of files) {
    const url = urlOf(file);
    if (indicatorPageOf(url)) continue;
    const html = readFileSync(file, 'utf8');
    const indicators = indicatorsOf.get(url);
    if (indicators) {
      indicatorsOf.delete(url);
      const list = indicators.map((i) => ({ id: i.id, html: readFileSync(i.file, 'utf8') }));
      await add(url, indicatorListRecord(html, list, groups));
      sections += list.length;
      continue;
    }
    const record = pageRecord(html, groups);
    if (record) await add(url, record);
  }
  await Promise.all(inFlight);
  if (addErrors.length > 0) fail('addHTMLFile', addErrors);
  // An indicator page whose programme has no indicator list would be missing from search.
  if (indicatorsOf.size > 0)
    fail(
      'wskaźniki',
      [...indicatorsOf.keys()].map((list) => `brak strony ${list} dla wskaźników tego programu`),
    );
  // Pagefind 1.6 flushes every file before writeFiles() resolves, so the checksums written after
  // it read complete files.
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length > 0) fail('writeFiles', written.errors);
  await pagefind.close();
  const words = join(dist, pathInSite(pages.searchWords)!);
  mkdirSync(dirname(words), { recursive: true });
  writeFileSync(words, JSON.stringify(vocabulary(texts)));
  console.log(`Pagefind: zindeksowane strony: ${records}; wskaźniki zindeksowane jako części list wskaźników programów: ${sections}.`);
}
