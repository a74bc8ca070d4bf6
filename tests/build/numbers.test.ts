// Numbers never break across lines: in every HTML text node of the real site and of the fixture
// site, a thousands separator is a no-break space, whether the page formatted the number or quoted
// it from a document ("3 600 spotkań"); the exports and tel: links keep the source text exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DIST, exportJson, readDist } from '../../scripts/lib/dist.ts';
import { buildFixture, buildFolder } from '../support/fixtures.ts';
import { nbspGroups, plainGroupSpaces } from '../support/numberSpaces.ts';

const folder = buildFolder('numbers-');
const { dir, out } = folder;

beforeAll(() => {
  const r = buildFixture(folder, undefined);
  expect(r.status, r.output.slice(-3000)).toBe(0);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('thousands separators in pages', () => {
  it.each([
    ['the real site', DIST],
    ['the fixture site', out],
  ])('%s: no text node separates a group of thousands with a plain space', (_name, root) => {
    expect(plainGroupSpaces(root)).toEqual([]);
    // …and the pages do print grouped numbers (so the check above has something to look at).
    expect(nbspGroups(root)).toBeGreaterThan(10);
  });

  it('a value quoted from a document keeps its words, with a no-break space in its number', () => {
    // content/…/krakow-przemoc-domowa-2017-2020: "3 600 spotkań" in the document.
    const quoted = exportJson().find((r) => /^\d \d{3} \p{L}/u.test(r.text ?? ''))!;
    expect(quoted, 'a value text quoted with a plain-space number').toBeDefined();
    const page = readFileSync(join(DIST, new URL(quoted.url, 'https://x').pathname.replace(/^\//, ''), 'index.html'), 'utf8');
    expect(page).toContain(quoted.text!.replace(/(?<=\d) (?=\d{3})/g, '\u00a0'));
  });

  it('exports keep plain digits and the source text: no no-break space in CSV or JSON', () => {
    for (const file of ['dane/wskazniki.csv', 'dane/wskazniki.json', 'dane/programy.csv', 'dane/dzialania.json']) {
      expect(readDist(file), file).not.toContain('\u00a0');
    }
    const csv: Record<string, string>[] = parseCsv(readDist('dane/wskazniki.csv'), { columns: true });
    expect(csv.some((r) => /\d \d{3}/.test(r.text!))).toBe(true);
    expect(csv.every((r) => r.value === '' || /^-?\d+(\.\d+)?$/.test(r.value!))).toBe(true);
  });

  it('tel: links are digits only', () => {
    const tel = [...readFileSync(join(out, 'pomoc/index.html'), 'utf8').matchAll(/href="tel:([^"]*)"/g)].map((m) => m[1]!);
    expect(tel.length).toBeGreaterThan(0);
    for (const t of tel) expect(t).toMatch(/^\+?\d+$/);
  });
});
