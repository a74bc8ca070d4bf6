// The Excel workbooks of /dane/, read back with a library (read-excel-file): every cell equals the
// JSON export's value with its type (numbers as numbers, years as integers, empty for null), under
// a frozen header row of the contract's column names.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  return { header: header as string[], objects: data.map((cells) => Object.fromEntries((header as string[]).map((h, i) => [h, cells[i] ?? null]))) };
}

describe('XLSX downloads', () => {
  it('exist for the values, the programmes and every programme, and for nothing else', () => {
    const books = readdirSync(join(DIST, 'dane'), { recursive: true }).map(String).filter((f) => f.endsWith('.xlsx'));
    expect(books.sort()).toEqual(['programy.xlsx', 'wskazniki.xlsx', ...slugs.map((s) => `${s}.xlsx`)].sort());
  });

  it('wskazniki.xlsx holds every value row, cell for cell equal to wskazniki.json', async () => {
    const { header, objects } = await sheetOf('wskazniki.xlsx');
    expect(header).toEqual(Object.keys(rows[0]!));
    expect(objects).toEqual(rows);
    for (const o of objects) {
      expect(o.year === null || Number.isInteger(o.year)).toBe(true);
      expect(o.value === null || typeof o.value === 'number').toBe(true);
    }
    expect(objects.some((o) => typeof o.value === 'number' && !Number.isInteger(o.value))).toBe(true);
  });

  it('programy.xlsx equals programy.json, periods as integers', async () => {
    const { header, objects } = await sheetOf('programy.xlsx');
    expect(header).toEqual(Object.keys(programmes[0]!));
    expect(objects).toEqual(programmes);
    for (const o of objects) expect(Number.isInteger(o.periodStart) && Number.isInteger(o.periodEnd)).toBe(true);
  });

  it("each programme's workbook equals its rows of the export", async () => {
    for (const slug of slugs) {
      const { objects } = await sheetOf(`${slug}.xlsx`);
      expect(objects, slug).toEqual(rows.filter((r) => r.programme === slug));
    }
  });

  it('freeze the header row and name the sheet in Polish', () => {
    for (const file of ['wskazniki.xlsx', 'programy.xlsx', `${slugs[0]}.xlsx`]) {
      const files = unzipSync(bytes(file));
      expect(strFromU8(files['xl/worksheets/sheet1.xml']!), file).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(strFromU8(files['xl/workbook.xml']!), file).toMatch(file === 'programy.xlsx' ? /name="Programy"/ : /name="Wskaźniki"/);
    }
  });
});
