import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/csv.ts';

describe('CSV export', () => {
  const rows = [
    { a: 'zwykły', b: 1.5, c: null },
    { a: 'z przecinkiem, i "cudzysłowem"', b: 0, c: 'wiersz\nnowy' },
  ];
  const csv = toCsv(rows, ['a', 'b', 'c']);
  it('starts with the header, no BOM (RFC 4180, the Frictionless default), and ends records with CRLF', () => {
    expect(csv.startsWith('a,b,c\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('quotes as RFC 4180 says and parses back', () => {
    expect(csv).toContain('"z przecinkiem, i ""cudzysłowem"""');
    const back = parse(csv, { columns: true });
    expect(back).toEqual([
      { a: 'zwykły', b: '1.5', c: '' },
      { a: 'z przecinkiem, i "cudzysłowem"', b: '0', c: 'wiersz\nnowy' },
    ]);
  });
});
