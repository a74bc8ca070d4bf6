import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { EXPORT_FIELDS, programmeList, siteRows } from '../../src/lib/exportRows.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { byteLength, dataNotes, dataPackage, formatBytes, indicatorDataUrl, indicatorFiles, jsonText, packageLists, PROGRAMME_COLUMNS, programmeFiles, siteFiles, siteWorkbooks, type TabularResource } from '../../src/lib/datapackage.ts';
import { t } from '../../src/i18n/pl.ts';

const { raw } = checkContent(resolve('tests/fixtures/content'));
const site = buildSite(raw);
const demo = site.programmes[0]!;

describe('data files', () => {
  it("writes each indicator's own CSV and JSON: exactly its rows of the site export, at the URL its page links to", () => {
    const all = siteRows(site, 'https://example.org');
    const files = new Map(indicatorFiles(site, 'https://example.org').map((f) => [f.path, f.text]));
    const indicators = demo.indicators.map((pi) => pi.indicator.id);
    expect(files.size).toBe(2 * indicators.length);
    for (const id of indicators) {
      const rows = all.filter((r) => r.programme === demo.slug && r.indicator === id);
      expect(files.get(indicatorDataUrl(demo.slug, id, 'json').slice(1)), id).toBe(JSON.stringify(rows, null, 2));
      expect(files.get(indicatorDataUrl(demo.slug, id, 'csv').slice(1)), id).toBe(toCsv(rows, EXPORT_FIELDS));
    }
  });

  it('formats sizes in Polish, decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345)).toBe('12,3 kB');
    expect(formatBytes(316_800)).toBe('316,8 kB');
    expect(formatBytes(1_234_567)).toBe('1,2 MB');
  });

  it('counts bytes of UTF-8 text (Polish letters take two, the BOM three)', () => {
    expect(byteLength('zł')).toBe(3);
    expect(byteLength('\ufeffa')).toBe(4);
  });

  it('gives the exact text the contract asks for, with its size and row count', () => {
    const files = siteFiles(site, 'https://example.org');
    expect(files.map((f) => f.name)).toEqual(['wskazniki.csv', 'wskazniki.json', 'programy.csv', 'programy.json']);
    const rows = siteRows(site, 'https://example.org');
    const programmes = programmeList(site, 'https://example.org');
    expect(files[0]!.text).toBe(toCsv(rows, EXPORT_FIELDS));
    expect(files[1]!.text).toBe(JSON.stringify(rows, null, 2));
    expect(files[2]!.text).toBe(toCsv(programmes, PROGRAMME_COLUMNS));
    expect(files[2]!.text.split('\r\n')[0]).toBe(Object.keys(programmes[0]!).join(','));
    expect(files[3]!.text).toBe(JSON.stringify(programmes, null, 2));
    for (const f of files) expect(f.bytes).toBe(Buffer.byteLength(f.text, 'utf8'));
    expect(files.map((f) => f.rows)).toEqual([rows.length, rows.length, 1, 1]);
    const own = programmeFiles(demo);
    expect(own.map((f) => [f.name, f.rows, f.programme])).toEqual([
      ['demo-2024-2026.csv', rows.length, 'demo-2024-2026'],
      ['demo-2024-2026.json', rows.length, 'demo-2024-2026'],
    ]);
    expect(jsonText({ a: null })).toBe('{\n  "a": null\n}');
  });

  it('addresses an indicator’s own files', () => {
    expect(indicatorDataUrl('demo-2024-2026', 'budzet-I.1.1', 'csv')).toBe('/dane/wskazniki/demo-2024-2026/budzet-I.1.1.csv');
  });

  it('notes stated totals that differ from the sum of the budget lines, and only those', () => {
    expect(dataNotes(demo)).toEqual([expect.objectContaining({ label: 'Koszt roczny', year: 2024, stated: 1000, computed: 30000, difference: -29000 })]);
    const matching = { ...demo, data: { ...demo.data, statedTotals: [{ ...demo.data.statedTotals[0]!, value: 30000 }] } };
    expect(dataNotes(matching)).toEqual([]);
  });
});

describe('data package descriptor', async () => {
  const files = siteFiles(site);
  const books = await siteWorkbooks(site, t.downloads.sheets);
  const lists = packageLists(site);
  const pkg = dataPackage({ site: [...files, ...books], ...lists }, t.downloads);
  const tabular = pkg.resources.filter((r): r is TabularResource => r.profile === 'tabular-data-resource');
  const values = tabular[0]!;

  it('describes every CSV as a tabular resource, and the JSON and XLSX copies as plain files, with their sizes', () => {
    // A package with non-tabular resources is a data-package (a tabular-data-package holds only tabular resources).
    expect(pkg.profile).toBe('data-package');
    expect(pkg.resources.map((r) => [r.name, r.profile, r.format, r.bytes])).toEqual([
      ['wskazniki', 'tabular-data-resource', 'csv', files[0]!.bytes],
      ['programy', 'tabular-data-resource', 'csv', files[2]!.bytes],
      ['wskazniki-programow', 'tabular-data-resource', 'csv', undefined],
      ['wskazniki-miernikow', 'tabular-data-resource', 'csv', undefined],
      ['wskazniki-json', 'data-resource', 'json', files[1]!.bytes],
      ['programy-json', 'data-resource', 'json', files[3]!.bytes],
      ['wskazniki-xlsx', 'data-resource', 'xlsx', books[0]!.bytes.length],
      ['programy-xlsx', 'data-resource', 'xlsx', books[1]!.bytes.length],
    ]);
    expect(pkg.resources[2]!.path).toEqual(site.programmes.map((p) => `${p.slug}.csv`));
    expect(pkg.resources[3]!.path).toEqual(demo.indicators.map((pi) => `wskazniki/${demo.slug}/${pi.indicator.id}.csv`));
    expect(pkg.resources[3]!.path).toEqual(indicatorFiles(site).filter((f) => f.path.endsWith('.csv')).map((f) => f.path.replace(/^dane\//, '')));
    for (const r of pkg.resources.filter((x) => x.profile === 'data-resource')) expect(r).not.toHaveProperty('schema');
    expect(pkg.homepage).toBeUndefined();
    expect(dataPackage({ site: [...files, ...books], ...lists }, t.downloads, 'https://example.org').homepage).toBe('https://example.org/dane/');
  });

  it('states both licences: the source documents (art. 4 pkt 2) and the site’s own texts (CC BY 4.0)', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['other-pd', 'CC-BY-4.0']);
    expect(pkg.licenses[0]!.title).toContain('art. 4 pkt 2 ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych');
    expect(pkg.licenses[1]!.title).toContain('CC BY 4.0');
    expect(pkg.licenses[1]!.path).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    // Each title names its columns of both tables; together they name every column exactly once.
    const named = (title: string) => {
      const m = /kolumny (.+?) plików wartości mierników oraz (.+?) listy programów/.exec(title)!;
      const list = (x: string) => x.split(/, | i /);
      return { values: list(m[1]!), programmes: list(m[2]!) };
    };
    const [sources, own] = pkg.licenses.map((l) => named(l.title));
    expect([...sources!.values, ...own!.values].sort()).toEqual([...EXPORT_FIELDS].sort());
    expect([...sources!.programmes, ...own!.programmes].sort()).toEqual([...PROGRAMME_COLUMNS].sort());
    expect(sources!.values).toEqual(expect.arrayContaining(['label', 'text', 'value', 'year']));
  });

  it('types every export column in contract order, with Polish descriptions and enums', () => {
    for (const r of [values, tabular[2]!, tabular[3]!]) {
      const fields = r.schema.fields;
      expect(fields.map((f) => f.name)).toEqual([...EXPORT_FIELDS]);
      expect(fields.every((f) => f.description && f.description.length > 0)).toBe(true);
      expect(Object.fromEntries(fields.filter((f) => f.type !== 'string').map((f) => [f.name, f.type]))).toEqual({ year: 'integer', value: 'number', periodStart: 'integer', periodEnd: 'integer' });
      expect(fields.find((f) => f.name === 'unit')!.constraints!.enum).toEqual(['count', 'percent', 'currency', 'text']);
      expect(fields.find((f) => f.name === 'kind')!.constraints!.enum).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
      expect(r.schema.missingValues).toEqual(['']);
      expect(r.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
      expect(r.schema.primaryKey).toBeUndefined();
    }
    expect(tabular[1]!.schema.primaryKey).toEqual(['slug']);
    expect(tabular[1]!.schema.fields.map((f) => f.name)).toEqual([...PROGRAMME_COLUMNS]);
  });

  it('declares as required only columns the export always fills', () => {
    const rows = siteRows(site);
    for (const f of values.schema.fields.filter((x) => x.constraints?.required))
      for (const r of rows) expect([null, '']).not.toContain(r[f.name as keyof typeof r]);
  });
});
