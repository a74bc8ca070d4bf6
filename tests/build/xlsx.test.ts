// The Excel workbooks of /dane/, read back with a library (read-excel-file): every cell equals the
// JSON export's value with its type (numbers as numbers, years as integers, empty for null), under
// a frozen header row of the contract's column names.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { DIST, exportJson, readDist } from '../../scripts/lib/dist.ts';

const bytes = (file: string) => readFileSync(join(DIST, 'dane', file));
const rows = exportJson() as unknown as Record<string, unknown>[];
const programmes = JSON.parse(readDist('dane/programy.json')) as Record<string, unknown>[];
const slugs = programmes.map((p) => p.slug as string);

/** A workbook's only sheet as objects keyed by its header row, plus that header. */
async function sheetOf(file: string) {
  const [header, ...data] = (await readSheet(bytes(file))) as unknown[][];
  return {
    header: header as string[],
    objects: data.map((cells) => Object.fromEntries((header as string[]).map((h, i) => [h, cells[i] ?? null]))),
  };
}

describe('XLSX downloads', () => {
  it('exist for the values, the programmes, the indicators, the actions, progress, every programme and every series, and for nothing else', () => {
    const books = readdirSync(join(DIST, 'dane'), { recursive: true })
      .map((f) => String(f).split(sep).join('/'))
      .filter((f) => f.endsWith('.xlsx'));
    // The series, as their list page links them (/wskazniki/serie/<id>/).
    const series = [
      ...readFileSync(join(DIST, 'wskazniki/serie/index.html'), 'utf8').matchAll(/href="\/wskazniki\/serie\/([^/"]+)\/"/g),
    ].map((m) => m[1]!);
    expect(series.length).toBeGreaterThan(0);
    expect(books.sort()).toEqual(
      [
        'dzialania.xlsx',
        'mierniki.xlsx',
        'postep.xlsx',
        'programy.xlsx',
        'wskazniki.xlsx',
        ...slugs.map((s) => `${s}.xlsx`),
        ...series.map((id) => `serie/${id}.xlsx`),
      ].sort(),
    );
  });

  it('wskazniki.xlsx holds every value row, cell for cell equal to wskazniki.json', async () => {
    const { header, objects } = await sheetOf('wskazniki.xlsx');
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(objects).toEqual(rows);
    for (const o of objects) {
      for (const y of [o.year, o.periodStart, o.periodEnd]) expect(y === null || Number.isInteger(y)).toBe(true);
      expect(o.value === null || typeof o.value === 'number').toBe(true);
    }
    expect(header.slice(-2)).toEqual(['periodStart', 'periodEnd']);
    expect(objects.some((o) => typeof o.value === 'number' && !Number.isInteger(o.value))).toBe(true);
  });

  it('programy.xlsx equals programy.json, periods as integers', async () => {
    const { header, objects } = await sheetOf('programy.xlsx');
    expect(header).toEqual(Object.keys(programmes[0]!));
    expect(objects).toEqual(programmes);
    for (const o of objects) expect(Number.isInteger(o.periodStart) && Number.isInteger(o.periodEnd)).toBe(true);
  });

  it('mierniki.xlsx equals mierniki.json, value counts as integers', async () => {
    const json = JSON.parse(readDist('dane/mierniki.json')) as Record<string, unknown>[];
    const { header, objects } = await sheetOf('mierniki.xlsx');
    expect(header).toEqual(Object.keys(json[0]!));
    expect(objects).toEqual(json);
    for (const o of objects) expect(Number.isInteger(o.valueCount)).toBe(true);
  });

  it('dzialania.xlsx equals dzialania.json, schedule years as integers and budget totals as numbers', async () => {
    const json = JSON.parse(readDist('dane/dzialania.json')) as Record<string, unknown>[];
    const { header, objects } = await sheetOf('dzialania.xlsx');
    expect(header).toEqual(Object.keys(json[0]!));
    expect(objects).toEqual(json);
    for (const o of objects) {
      for (const y of [o.scheduleStart, o.scheduleEnd]) expect(y === null || Number.isInteger(y)).toBe(true);
      expect(o.budgetTotal === null || typeof o.budgetTotal === 'number').toBe(true);
    }
    expect(objects.some((o) => typeof o.budgetTotal === 'number')).toBe(true);
  });

  it("each programme's workbook equals its rows of the export", async () => {
    for (const slug of slugs) {
      const { objects } = await sheetOf(`${slug}.xlsx`);
      expect(objects, slug).toEqual(rows.filter((r) => r.programme === slug));
    }
  });

  it('freeze the header row and name the sheet in Polish', () => {
    const sheets: Record<string, string> = { 'programy.xlsx': 'Programy', 'mierniki.xlsx': 'Mierniki', 'dzialania.xlsx': 'Działania' };
    for (const file of ['wskazniki.xlsx', 'programy.xlsx', 'mierniki.xlsx', 'dzialania.xlsx', `${slugs[0]}.xlsx`]) {
      const files = unzipSync(bytes(file));
      expect(strFromU8(files['xl/worksheets/sheet1.xml']!), file).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(strFromU8(files['xl/workbook.xml']!), file).toContain(`name="${sheets[file] ?? 'Wskaźniki'}"`);
    }
  });
});
