import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { EXPORT_FIELDS, programmeList, siteRows } from '../../src/lib/exportRows.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { byteLength, dataNotes, dataPackage, formatBytes, indicatorFiles, jsonText, programmeFiles, siteFiles } from '../../src/lib/datapackage.ts';
import { indicatorDataUrl } from '../../src/lib/urls.ts';
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
    expect(files.map((f) => f.name)).toEqual(['wskazniki.csv', 'wskazniki.json', 'programy.json']);
    const rows = siteRows(site, 'https://example.org');
    expect(files[0]!.text).toBe(toCsv(rows, EXPORT_FIELDS));
    expect(files[1]!.text).toBe(JSON.stringify(rows, null, 2));
    expect(files[2]!.text).toBe(JSON.stringify(programmeList(site, 'https://example.org'), null, 2));
    for (const f of files) expect(f.bytes).toBe(Buffer.byteLength(f.text, 'utf8'));
    expect(files.map((f) => f.rows)).toEqual([rows.length, rows.length, 1]);
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

describe('data package descriptor', () => {
  const files = siteFiles(site);
  const pkg = dataPackage(files, t.downloads);

  it('describes wskazniki.csv and programy.json with their sizes', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r) => [r.name, r.path, r.format, r.bytes])).toEqual([
      ['wskazniki', 'wskazniki.csv', 'csv', files[0]!.bytes],
      ['programy', 'programy.json', 'json', files[2]!.bytes],
    ]);
    expect(pkg.homepage).toBeUndefined();
    expect(dataPackage(files, t.downloads, 'https://example.org').homepage).toBe('https://example.org/dane/');
  });

  it('types every export column in contract order, with Polish descriptions and enums', () => {
    const fields = pkg.resources[0]!.schema.fields;
    expect(fields.map((f) => f.name)).toEqual([...EXPORT_FIELDS]);
    expect(fields.every((f) => f.description && f.description.length > 0)).toBe(true);
    expect(Object.fromEntries(fields.filter((f) => f.type !== 'string').map((f) => [f.name, f.type]))).toEqual({ year: 'integer', value: 'number' });
    expect(fields.find((f) => f.name === 'unit')!.constraints!.enum).toEqual(['count', 'percent', 'currency', 'text']);
    expect(fields.find((f) => f.name === 'kind')!.constraints!.enum).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
    expect(pkg.resources[0]!.schema.missingValues).toEqual(['']);
    expect(pkg.resources[0]!.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
    expect(pkg.resources[1]!.schema.primaryKey).toEqual(['slug']);
  });

  it('declares as required only columns the export always fills', () => {
    const rows = siteRows(site);
    for (const f of pkg.resources[0]!.schema.fields.filter((x) => x.constraints?.required))
      for (const r of rows) expect([null, '']).not.toContain(r[f.name as keyof typeof r]);
  });
});
