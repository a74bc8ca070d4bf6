// CSV as the export contract says: UTF-8 without BOM (RFC 4180 and the Frictionless default;
// Excel users take the .xlsx copies instead), comma, RFC 4180 quoting (CRLF), header row, empty
// cell for null. Written by csv-stringify, not by hand.
import { stringify } from 'csv-stringify/sync';

export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return stringify(rows as T[], {
    bom: false,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    cast: { number: (n) => String(n), boolean: (b) => (b ? 'true' : 'false') },
  });
}
