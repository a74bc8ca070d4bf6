import { writeCorpus } from './scripts/synthetic-corpus.ts';
import { checkContent } from './scripts/check/checkContent.ts';
import { buildSite } from './src/lib/model.ts';
import { dataPackage, jsonText, packageLists, programmeWorkbook, siteFiles, siteWorkbooks, indicatorFiles, byteLength } from './src/lib/datapackage.ts';
import { t } from './src/i18n/pl.ts';
import { gzipSync } from 'node:zlib';
const n = Number(process.argv[2] ?? 1000);
const { dir } = writeCorpus({ programmes: n, seed: 1, out: `/tmp/od-corpus-${n}` });
const site = buildSite(checkContent(dir).raw);
const lists = packageLists(site);
const files = siteFiles(site, 'https://example.org');
let t0 = Date.now();
const books = await siteWorkbooks(site, t.downloads.sheets, 'https://example.org');
const siteBooksMs = Date.now() - t0;
t0 = Date.now();
let progBytes = 0;
for (const p of site.programmes) progBytes += (await programmeWorkbook(p, 'Wskaźniki', 'https://example.org')).bytes.length;
const progMs = Date.now() - t0;
const pkg = jsonText(dataPackage({ site: [...files, ...books], ...lists }, t.downloads, 'https://example.org'));
const ind = indicatorFiles(site, 'https://example.org').filter((f) => f.path.endsWith('.csv'));
const mb = (b: number) => (b / 1e6).toFixed(2) + ' MB';
console.log({ programmes: n, indicators: lists.indicators.length, valueRows: files[0]!.rows,
  'wskazniki.csv': mb(files[0]!.bytes), 'wskazniki.json': mb(files[1]!.bytes), 'wskazniki.xlsx': mb(books[0]!.bytes.length), siteBooksMs,
  'all <slug>.xlsx': mb(progBytes), progMs, 'indicator CSVs total': mb(ind.reduce((a, f) => a + byteLength(f.text), 0)),
  'datapackage.json': mb(byteLength(pkg)), 'datapackage.json gzip': mb(gzipSync(pkg).length) });
