// The workbook writer: typed cells read back by another library, a frozen bold header, and the same
// bytes whatever the clock or the time zone says (an .xlsx is a zip, and zip entries carry dates).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { toXlsx, type XlsxColumn } from '../../src/lib/xlsx.ts';

const columns: XlsxColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'value', type: 'number' },
];
const rows = [
  { label: 'Liczba osób, którym udzielono porad „prawnych”', year: 2024, value: 12.5 },
  { label: '2024', year: null, value: null },
  { label: 'ujemne', year: 2030, value: -0.25 },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('toXlsx', () => {
  it('writes a header row and typed cells that read back exactly (numbers as numbers, text as text, empty for null)', async () => {
    const back = await readSheet(Buffer.from(await toXlsx(rows, columns, 'Wskaźniki')));
    expect(back).toEqual([
      ['label', 'year', 'value'],
      ['Liczba osób, którym udzielono porad „prawnych”', 2024, 12.5],
      ['2024', null, null],
      ['ujemne', 2030, -0.25],
    ]);
  });

  it('freezes and bolds the header row, shows years as integers and names the sheet', async () => {
    const files = unzipSync(await toXlsx(rows, columns, 'Wskaźniki'));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Wskaźniki"');
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(styles).toContain('<b');
    // The year cell (B2) is a number cell whose style's number format is "0" (an integer, no decimals).
    const b2 = /<c r="B2"( [^>]*)?>/.exec(sheet)![0];
    expect(b2).not.toMatch(/t="s"/);
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const fmtId = /numFmtId="(\d+)"/.exec(xfs[Number(/s="(\d+)"/.exec(b2)![1])]!)![1]!;
    expect(fmtId === '1' || new RegExp(`<numFmt numFmtId="${fmtId}" formatCode="0"/>`).test(styles)).toBe(true);
    // The string "2024" in a text column stays text (a shared string), not a number.
    expect(sheet).toMatch(/<c r="A3"[^>]*t="s"/);
  });

  it('refuses a value that does not fit its column type', async () => {
    await expect(toXlsx([{ label: 'x', year: 2024.5, value: 1 }], columns, 'S')).rejects.toThrow(/year/);
    await expect(toXlsx([{ label: 'x', year: 2024, value: '12' }], columns, 'S')).rejects.toThrow(/value/);
  });

  it('gives the same bytes at any time and in any time zone', async () => {
    const tz = process.env.TZ;
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
      process.env.TZ = 'UTC';
      const first = Buffer.from(await toXlsx(rows, columns, 'Wskaźniki'));
      vi.setSystemTime(new Date('2031-11-17T23:59:58Z'));
      process.env.TZ = 'Pacific/Kiritimati';
      const second = Buffer.from(await toXlsx(rows, columns, 'Wskaźniki'));
      expect(second.equals(first)).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
