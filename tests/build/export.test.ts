// The open-data export on the built site: complete, consistent with content/, CSV = JSON.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, exportJson, readDist } from '../../scripts/lib/dist.ts';
import { contentValues } from '../support/contentValues.ts';

// The contract's fields, then the two added by issue: the years a value covers.
const FIELDS = [
  'programme',
  'organisation',
  'goal',
  'task',
  'action',
  'indicator',
  'label',
  'unit',
  'unitLabel',
  'year',
  'kind',
  'value',
  'text',
  'source',
  'url',
  'periodStart',
  'periodEnd',
];
const rows = exportJson();
const key = (r: { programme: string; kind: string; year: number | null; value: number | null; text: string }) =>
  JSON.stringify([r.programme, r.kind, r.year, r.value, r.text]);
const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

describe('/dane/wskazniki.json', () => {
  it('has exactly one row per value written in content/ (count and identity)', () => {
    const expected = count(contentValues().map(key));
    const actual = count(rows.map(key));
    expect(rows.length).toBe(contentValues().length);
    expect(actual).toEqual(expected);
  });

  it('has the contract fields in order, with valid kinds, units and types', () => {
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(FIELDS);
      expect(['target', 'achieved', 'statistic', 'baseline', 'budget']).toContain(r.kind);
      expect(['count', 'percent', 'currency', 'text']).toContain(r.unit);
      expect(r.year === null || Number.isInteger(r.year)).toBe(true);
      for (const y of [r.periodStart, r.periodEnd]) expect(y === null || Number.isInteger(y)).toBe(true);
      if (r.year !== null) expect([r.periodStart, r.periodEnd]).toEqual([r.year, r.year]);
      expect(r.periodStart === null).toBe(r.periodEnd === null);
      if (r.periodStart !== null) expect(r.periodEnd!).toBeGreaterThanOrEqual(r.periodStart);
      expect(r.value === null || typeof r.value === 'number').toBe(true);
      if (r.kind === 'budget') expect(r.unit).toBe('currency');
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.url).toMatch(/\/wskazniki\/[^/]+\/[^/]+\/$/);
    }
  });

  it('links every row to an indicator page that exists', () => {
    for (const url of new Set(rows.map((r) => r.url))) {
      const path = decodeURIComponent(new URL(url, 'http://x').pathname);
      expect(readDist(join(path, 'index.html')).length).toBeGreaterThan(0);
    }
  });

  it('lists every programme in programy.json with the contract fields', () => {
    const programmes = JSON.parse(readDist('dane/programy.json'));
    const slugs = readdirSync('content/programmes').sort();
    expect(programmes.map((p: { slug: string }) => p.slug).sort()).toEqual(slugs);
    for (const p of programmes) {
      expect(Object.keys(p)).toEqual(['slug', 'title', 'organisation', 'organisationSlug', 'kind', 'periodStart', 'periodEnd', 'url']);
      expect(p.kind).toBe('programme');
      expect(Number.isInteger(p.periodStart) && Number.isInteger(p.periodEnd)).toBe(true);
    }
  });
});

describe('CSV files', () => {
  const csvRows = (file: string) => {
    const text = readDist(file);
    // No BOM (RFC 4180, the Frictionless default): the file starts with the header's first name.
    expect(text.charCodeAt(0), file).not.toBe(0xfeff);
    expect(text.startsWith(`${FIELDS[0]},`) || text.startsWith('slug,'), file).toBe(true);
    return parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  };
  const asCsv = (r: object) =>
    Object.fromEntries(FIELDS.map((f) => [f, (r as Record<string, unknown>)[f] === null ? '' : String((r as Record<string, unknown>)[f])]));

  it('wskazniki.csv parses back (with a CSV library) to the JSON rows', () => {
    const parsed = csvRows('dane/wskazniki.csv');
    expect(Object.keys(parsed[0]!)).toEqual(FIELDS);
    expect(parsed).toEqual(rows.map(asCsv));
  });

  it('programy.csv parses back to the rows of programy.json', () => {
    const programmes = JSON.parse(readDist('dane/programy.json')) as Record<string, unknown>[];
    const columns = Object.keys(programmes[0]!);
    expect(csvRows('dane/programy.csv')).toEqual(programmes.map((p) => Object.fromEntries(columns.map((c) => [c, String(p[c])]))));
  });

  it("per-programme files hold exactly that programme's rows, in CSV and JSON", () => {
    const slugs = readdirSync('content/programmes');
    for (const slug of slugs) {
      const mine = rows.filter((r) => r.programme === slug);
      expect(mine.length).toBeGreaterThan(0);
      expect(JSON.parse(readDist(`dane/${slug}.json`))).toEqual(mine);
      expect(csvRows(`dane/${slug}.csv`)).toEqual(mine.map(asCsv));
    }
    // wskazniki.csv, programy.csv, mierniki.csv, dzialania.csv, postep.csv and one per programme (per-indicator files are in dane/wskazniki/).
    expect(
      readdirSync(join(DIST, 'dane'))
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(['dzialania.csv', 'mierniki.csv', 'postep.csv', 'programy.csv', 'wskazniki.csv', ...slugs.map((s) => `${s}.csv`)].sort());
  });

  it("each indicator's own files hold exactly its rows, periodStart and periodEnd included (none without rows)", () => {
    const mierniki = JSON.parse(readDist('dane/mierniki.json')) as { programme: string; indicator: string }[];
    expect(mierniki.length).toBeGreaterThan(0);
    for (const m of mierniki) {
      const mine = rows.filter((r) => r.programme === m.programme && r.indicator === m.indicator);
      const base = `dane/wskazniki/${m.programme}/${m.indicator}`;
      // No values, no files: a file of headers only would read as data lost.
      if (mine.length === 0) {
        expect(existsSync(join(DIST, `${base}.csv`)) || existsSync(join(DIST, `${base}.json`)), base).toBe(false);
        continue;
      }
      expect(JSON.parse(readDist(`${base}.json`)), base).toEqual(mine);
      const text = readDist(`${base}.csv`);
      expect(text.split('\r\n')[0], base).toBe(FIELDS.join(','));
      expect(parse(text, { columns: true, record_delimiter: '\r\n' }), base).toEqual(mine.map(asCsv));
    }
  });
});
