import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { buildSite } from '../../src/lib/model.ts';
import { EXPORT_FIELDS, programmeList, siteRows } from '../../src/lib/exportRows.ts';
import { INDICATOR_FIELDS, siteIndicatorRows } from '../../src/lib/exportIndicators.ts';
import { ACTION_FIELDS, siteActionRows } from '../../src/lib/exportActions.ts';
import { PROGRESS_FIELDS, siteProgressRows } from '../../src/lib/exportProgress.ts';
import { toCsv } from '../../src/lib/csv.ts';
import {
  byteLength,
  dataNotes,
  indicatorExportFiles,
  jsonText,
  PROGRAMME_COLUMNS,
  programmeFiles,
  siteFile,
  siteFiles,
} from '../../src/lib/exportFiles.ts';
import { dataPackage, packageLists, type TabularResource } from '../../src/lib/datapackage.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { indicatorDataUrl } from '../../src/lib/urls.ts';
import { siteWorkbooks } from '../../src/lib/exportWorkbooks.ts';
import { t } from '../../src/i18n/pl.ts';

const { raw } = checkContent(resolve('tests/fixtures/content'));
const site = buildSite(raw);
const demo = site.programmes[0]!;

describe('data files', () => {
  it("writes each indicator's own CSV and JSON: exactly its rows of the site export, at the URL its page links to", () => {
    const all = siteRows(site, 'https://example.org');
    const files = new Map(indicatorExportFiles(site, 'https://example.org').map((f) => [f.path, f.text]));
    const indicators = demo.indicators.map((pi) => pi.indicator.id);
    // Two files per indicator with rows; none for one without values (the fixture has one).
    const withRows = site.programmes.flatMap((p) =>
      p.indicators.filter((pi) => all.some((r) => r.programme === p.slug && r.indicator === pi.indicator.id)),
    );
    expect(withRows.length).toBeLessThan(site.programmes.reduce((n, p) => n + p.indicators.length, 0));
    expect(files.size).toBe(2 * withRows.length);
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
    expect(files.map((f) => f.name)).toEqual([
      'wskazniki.csv',
      'wskazniki.json',
      'programy.csv',
      'programy.json',
      'mierniki.csv',
      'mierniki.json',
      'dzialania.csv',
      'dzialania.json',
      'postep.csv',
      'postep.json',
    ]);
    const rows = siteRows(site, 'https://example.org');
    const programmes = programmeList(site, 'https://example.org');
    const indicators = siteIndicatorRows(site, 'https://example.org');
    const actions = siteActionRows(site, 'https://example.org');
    const progress = siteProgressRows(site, 'https://example.org');
    expect(files[0]!.text).toBe(toCsv(rows, EXPORT_FIELDS));
    expect(files[1]!.text).toBe(JSON.stringify(rows, null, 2));
    expect(files[2]!.text).toBe(toCsv(programmes, PROGRAMME_COLUMNS));
    expect(files[2]!.text.split('\r\n')[0]).toBe(Object.keys(programmes[0]!).join(','));
    expect(files[3]!.text).toBe(JSON.stringify(programmes, null, 2));
    expect(files[4]!.text).toBe(toCsv(indicators, INDICATOR_FIELDS));
    expect(files[4]!.text.split('\r\n')[0]).toBe(Object.keys(indicators[0]!).join(','));
    expect(files[5]!.text).toBe(JSON.stringify(indicators, null, 2));
    expect(files[6]!.text).toBe(toCsv(actions, ACTION_FIELDS));
    expect(files[6]!.text.split('\r\n')[0]).toBe(Object.keys(actions[0]!).join(','));
    expect(files[7]!.text).toBe(JSON.stringify(actions, null, 2));
    expect(files[8]!.text).toBe(toCsv(progress, PROGRESS_FIELDS));
    expect(files[8]!.text.split('\r\n')[0]).toBe(Object.keys(progress[0]!).join(','));
    expect(files[9]!.text).toBe(JSON.stringify(progress, null, 2));
    for (const f of files) expect(f.bytes).toBe(Buffer.byteLength(f.text, 'utf8'));
    const count = (n: number) => [n, n];
    expect(files.map((f) => f.rows)).toEqual([
      ...count(rows.length),
      ...count(site.programmes.length),
      ...count(indicators.length),
      ...count(actions.length),
      ...count(progress.length),
    ]);
    // Each endpoint serves the same text, computing only its own table.
    for (const f of files) expect(siteFile(site, f.name, 'https://example.org')).toEqual(f);
    expect(() => siteFile(site, 'nie-ma.csv')).toThrow(/no data file/);
    const own = programmeFiles(demo);
    expect(own.map((f) => [f.name, f.rows, f.programme])).toEqual([
      ['demo-2024-2026.csv', rows.filter((r) => r.programme === demo.slug).length, 'demo-2024-2026'],
      ['demo-2024-2026.json', rows.filter((r) => r.programme === demo.slug).length, 'demo-2024-2026'],
    ]);
    expect(jsonText({ a: null })).toBe('{\n  "a": null\n}');
  });

  it('addresses an indicator’s own files', () => {
    expect(indicatorDataUrl('demo-2024-2026', 'budzet-I.1.1', 'csv')).toBe('/dane/wskazniki/demo-2024-2026/budzet-I.1.1.csv');
  });

  it('notes stated totals that differ from the sum of the budget lines, and only those', () => {
    expect(dataNotes(demo)).toEqual([
      expect.objectContaining({ label: 'Koszt roczny', year: 2024, stated: 1000, computed: 30000, difference: -29000 }),
    ]);
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
    const size = (name: string) => files.find((f) => f.name === name)?.bytes ?? books.find((b) => b.name === name)!.bytes.length;
    expect(pkg.resources.map((r) => [r.name, r.profile, r.format, r.bytes])).toEqual([
      ['wskazniki', 'tabular-data-resource', 'csv', size('wskazniki.csv')],
      ['programy', 'tabular-data-resource', 'csv', size('programy.csv')],
      ['wskazniki-programow', 'tabular-data-resource', 'csv', undefined],
      ['wskazniki-miernikow', 'tabular-data-resource', 'csv', undefined],
      ['wskazniki-serii', 'tabular-data-resource', 'csv', undefined],
      ['mierniki', 'tabular-data-resource', 'csv', size('mierniki.csv')],
      ['dzialania', 'tabular-data-resource', 'csv', size('dzialania.csv')],
      ['wskazniki-json', 'data-resource', 'json', size('wskazniki.json')],
      ['programy-json', 'data-resource', 'json', size('programy.json')],
      ['mierniki-json', 'data-resource', 'json', size('mierniki.json')],
      ['dzialania-json', 'data-resource', 'json', size('dzialania.json')],
      ['wskazniki-xlsx', 'data-resource', 'xlsx', size('wskazniki.xlsx')],
      ['programy-xlsx', 'data-resource', 'xlsx', size('programy.xlsx')],
      ['mierniki-xlsx', 'data-resource', 'xlsx', size('mierniki.xlsx')],
      ['dzialania-xlsx', 'data-resource', 'xlsx', size('dzialania.xlsx')],
      ['postep', 'tabular-data-resource', 'csv', size('postep.csv')],
      ['postep-json', 'data-resource', 'json', size('postep.json')],
      ['postep-xlsx', 'data-resource', 'xlsx', size('postep.xlsx')],
    ]);
    expect(books.map((b) => b.name)).toEqual(['wskazniki.xlsx', 'programy.xlsx', 'mierniki.xlsx', 'dzialania.xlsx', 'postep.xlsx']);
    expect(pkg.resources[2]!.path).toEqual(site.programmes.map((p) => `${p.slug}.csv`));
    // Every indicator's file but the one without values (the fixture's osoby-objete-pomoca).
    expect(pkg.resources[3]!.path).toEqual(
      site.programmes
        .flatMap((p) => p.indicators.map((pi) => `wskazniki/${p.slug}/${pi.indicator.id}.csv`))
        .filter((path) => path !== 'wskazniki/przyklad-2011-2020/osoby-objete-pomoca.csv'),
    );
    expect(pkg.resources[3]!.path).toEqual(
      indicatorExportFiles(site)
        .filter((f) => f.path.endsWith('.csv'))
        .map((f) => f.path.replace(/^dane\//, '')),
    );
    for (const r of pkg.resources.filter((x) => x.profile === 'data-resource')) expect(r).not.toHaveProperty('schema');
    expect(pkg.homepage).toBeUndefined();
    expect(dataPackage({ site: [...files, ...books], ...lists }, t.downloads, 'https://example.org').homepage).toBe(
      'https://example.org/dane/',
    );
  });

  it('states both licences: the source documents (art. 4 pkt 2) and the site’s own texts (CC BY 4.0)', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['other-pd', 'CC-BY-4.0']);
    expect(pkg.licenses[0]!.title).toContain('art. 4 pkt 2 ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych');
    expect(pkg.licenses[1]!.title).toContain('CC BY 4.0');
    expect(pkg.licenses[1]!.path).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    // Each title names its columns of every table; together they name every column exactly once.
    const named = (title: string) => {
      const m =
        /kolumny (.+?) plików wartości mierników, (.+?) listy mierników, (.+?) listy działań, (.+?) listy programów oraz (.+?) pliku postępu/.exec(
          title,
        )!;
      const list = (x: string) => x.split(/, | i /);
      return { values: list(m[1]!), indicators: list(m[2]!), actions: list(m[3]!), programmes: list(m[4]!), progress: list(m[5]!) };
    };
    const [sources, own] = pkg.licenses.map((l) => named(l.title));
    expect([...sources!.values, ...own!.values].sort()).toEqual([...EXPORT_FIELDS].sort());
    expect([...sources!.indicators, ...own!.indicators].sort()).toEqual([...INDICATOR_FIELDS].sort());
    expect([...sources!.actions, ...own!.actions].sort()).toEqual([...ACTION_FIELDS].sort());
    expect([...sources!.programmes, ...own!.programmes].sort()).toEqual([...PROGRAMME_COLUMNS].sort());
    expect([...sources!.progress, ...own!.progress].sort()).toEqual([...PROGRESS_FIELDS].sort());
    expect(sources!.progress).toEqual(expect.arrayContaining(['label', 'year', 'target', 'achieved']));
    expect(sources!.values).toEqual(expect.arrayContaining(['label', 'text', 'value', 'year']));
    expect(sources!.actions).toEqual(expect.arrayContaining(['title', 'schedule', 'funding']));
  });

  it('types every export column in contract order, with Polish descriptions and enums', () => {
    for (const r of [values, tabular[2]!, tabular[3]!]) {
      const fields = r.schema.fields;
      expect(fields.map((f) => f.name)).toEqual([...EXPORT_FIELDS]);
      expect(fields.every((f) => f.description && f.description.length > 0)).toBe(true);
      expect(Object.fromEntries(fields.filter((f) => f.type !== 'string').map((f) => [f.name, f.type]))).toEqual({
        year: 'integer',
        value: 'number',
        periodStart: 'integer',
        periodEnd: 'integer',
      });
      expect(fields.find((f) => f.name === 'unit')!.constraints!.enum).toEqual(['count', 'percent', 'currency', 'text']);
      expect(fields.find((f) => f.name === 'kind')!.constraints!.enum).toEqual(['target', 'achieved', 'statistic', 'baseline', 'budget']);
      expect(r.schema.missingValues).toEqual(['']);
      expect(r.dialect).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
      expect(r.schema.primaryKey).toBeUndefined();
    }
    expect(tabular[1]!.schema.primaryKey).toEqual(['slug']);
    expect(tabular[1]!.schema.fields.map((f) => f.name)).toEqual([...PROGRAMME_COLUMNS]);
  });

  it('types the columns of mierniki and dzialania in their order, with Polish descriptions', () => {
    const schema = (name: string) => tabular.find((r) => r.name === name)!.schema;
    const typed = (name: string) =>
      Object.fromEntries(
        schema(name)
          .fields.filter((f) => f.type !== 'string')
          .map((f) => [f.name, f.type]),
      );
    expect(schema('mierniki').fields.map((f) => f.name)).toEqual([...INDICATOR_FIELDS]);
    expect(schema('dzialania').fields.map((f) => f.name)).toEqual([...ACTION_FIELDS]);
    expect(typed('mierniki')).toEqual({ valueCount: 'integer' });
    expect(typed('dzialania')).toEqual({ scheduleStart: 'integer', scheduleEnd: 'integer', budgetTotal: 'number' });
    for (const name of ['mierniki', 'dzialania']) {
      expect(
        schema(name).fields.every((f) => f.description && f.description.length > 0),
        name,
      ).toBe(true);
      expect(schema(name).missingValues).toEqual(['']);
    }
    expect(schema('mierniki').fields.find((f) => f.name === 'unit')!.constraints!.enum).toEqual(['count', 'percent', 'currency', 'text']);
    // mierniki.action is the action's id (the key of dzialania); wskazniki.action is its title.
    expect(schema('mierniki').fields.find((f) => f.name === 'action')!.description).toMatch(/dzialania\.csv/);
    expect(schema('wskazniki').fields.find((f) => f.name === 'action')!.description).toMatch(/nazwa działania/);
  });

  it("lists each series' own CSV, one path per series with a page", () => {
    expect(lists.series!.length).toBeGreaterThan(0);
    expect(tabular.find((r) => r.name === 'wskazniki-serii')!.path).toEqual(lists.series!.map((id) => `serie/${id}.csv`));
  });

  it('declares the keys between the tables', () => {
    const schema = (name: string) => tabular.find((r) => r.name === name)!.schema;
    const toProgrammes = { fields: ['programme'], reference: { resource: 'programy', fields: ['slug'] } };
    expect(schema('mierniki').primaryKey).toEqual(['programme', 'indicator']);
    expect(schema('dzialania').primaryKey).toEqual(['programme', 'action']);
    for (const name of ['wskazniki', 'wskazniki-programow', 'wskazniki-miernikow', 'wskazniki-serii'])
      expect(schema(name).foreignKeys, name).toEqual([
        toProgrammes,
        { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
      ]);
    expect(schema('mierniki').foreignKeys).toEqual([
      toProgrammes,
      { fields: ['programme', 'action'], reference: { resource: 'dzialania', fields: ['programme', 'action'] } },
    ]);
    expect(schema('dzialania').foreignKeys).toEqual([toProgrammes]);
    // postep: its indicator, and the indicator its measured value belongs to (another edition's, maybe), are rows of mierniki.
    expect(schema('postep').foreignKeys).toEqual([
      toProgrammes,
      { fields: ['programme', 'indicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
      { fields: ['achievedProgramme', 'achievedIndicator'], reference: { resource: 'mierniki', fields: ['programme', 'indicator'] } },
    ]);
    expect(schema('postep').fields.map((f) => f.name)).toEqual([...PROGRESS_FIELDS]);
    expect(schema('postep').fields.every((f) => f.description && f.description.length > 0)).toBe(true);
  });

  it('declares as required only columns the export always fills', () => {
    const tables: [string, Record<string, unknown>[]][] = [
      ['wskazniki', siteRows(site) as unknown as Record<string, unknown>[]],
      ['mierniki', siteIndicatorRows(site) as unknown as Record<string, unknown>[]],
      ['dzialania', siteActionRows(site) as unknown as Record<string, unknown>[]],
      ['postep', siteProgressRows(site) as unknown as Record<string, unknown>[]],
    ];
    for (const [name, rows] of tables) {
      const r = tabular.find((x) => x.name === name)!;
      const required = [...r.schema.fields.filter((x) => x.constraints?.required).map((f) => f.name), ...(r.schema.primaryKey ?? [])];
      for (const f of required) for (const row of rows) expect([null, undefined, ''], `${name}.${f}`).not.toContain(row[f]);
    }
  });
});
