// Excel workbooks of the export tables (the CSVs carry no BOM, so Excel users take these): one
// sheet, a bold frozen header row of the contract's column names, typed cells (numbers as numbers,
// years as integers, empty cell for null). Written by write-excel-file; then re-zipped with fflate
// so that every entry has one fixed date: an .xlsx is a zip whose entries carry the time they were
// written, and the build must give the same bytes every time (tests/build/reproducible.test.ts).
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';

export type XlsxType = 'string' | 'integer' | 'number';

export interface XlsxColumn {
  name: string;
  type: XlsxType;
}

/**
 * The date of every zip entry: 1980-01-01 00:00, the first date a zip can hold. Zip dates are
 * local times and fflate writes the local date parts of the Date it is given, so the Date is made
 * from local parts when the zip is written: the same bytes in every time zone.
 */
const zipDate = () => new Date(1980, 0, 1, 0, 0, 0);

/** Column width in characters: the longest of the header and the first rows, within bounds. */
function widths<T extends object>(rows: readonly T[], columns: readonly XlsxColumn[]) {
  return columns.map((c) => {
    const longest = rows
      .slice(0, 200)
      .reduce((n, r) => Math.max(n, String((r as Record<string, unknown>)[c.name] ?? '').length), c.name.length);
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

/** The workbook's bytes: `rows` under a header of `columns`, in a sheet named `sheet`. */
export async function toXlsx<T extends object>(
  rows: readonly T[],
  columns: readonly XlsxColumn[],
  sheet: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const header: Row = columns.map((c) => ({ value: c.name, fontWeight: 'bold' }));
  const data: Row[] = rows.map((r) =>
    columns.map((c) => {
      const v = (r as Record<string, unknown>)[c.name];
      if (v === null || v === undefined) return null;
      if (c.type === 'string') return { value: String(v), type: String };
      if (typeof v !== 'number' || (c.type === 'integer' && !Number.isInteger(v)))
        throw new Error(`${c.name}: ${JSON.stringify(v)} is not a ${c.type}`);
      return c.type === 'integer' ? { value: v, type: Number, format: '0' } : { value: v, type: Number };
    }),
  );
  const written = await writeXlsxFile([header, ...data], { sheet, stickyRowsCount: 1, columns: widths(rows, columns) }).toBuffer();
  const entries = unzipSync(new Uint8Array(written));
  const mtime = zipDate();
  // Copied into a plain ArrayBuffer-backed array: what a Response body takes.
  return new Uint8Array(
    zipSync(Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { mtime }]])), { level: 6, mtime }),
  );
}

export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
