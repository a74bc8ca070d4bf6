// A series page offers its own downloads (CSV, JSON, XLSX), each with its size as served; the rows of
// each are exactly the rows of /dane/wskazniki.* for the series' members, across editions and towns.
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { parse } from 'node-html-parser';
import { DIST, readDist } from '../../scripts/lib/dist.ts';

interface Row {
  programme: string;
  indicator: string;
  [field: string]: unknown;
}
const seriesFile = readFileSync('content/series.yaml', 'utf8');
const seriesPages = [...readDist('wskazniki/serie/index.html').matchAll(/href="\/wskazniki\/serie\/([^/"]+)\/"/g)].map((m) => m[1]!);
const allJson: Row[] = JSON.parse(readDist('dane/wskazniki.json'));
const allCsv: Record<string, string>[] = parseCsv(readDist('dane/wskazniki.csv'), { columns: true });

/** The members of a series, read from its page's list of members (links to indicator pages). */
function members(id: string): Set<string> {
  const root = parse(readDist(`wskazniki/serie/${id}/index.html`));
  const links = root.querySelectorAll('ul.series-members a').map((a) => a.getAttribute('href')!);
  return new Set(links.map((h) => decodeURIComponent(h.replace(/^\/wskazniki\/|\/$/g, ''))));
}
const key = (r: { programme: string; indicator: string }) => `${r.programme}/${r.indicator}`;

describe('series downloads', () => {
  it('the real site has series with members in more than one programme', () => {
    expect(seriesFile).toContain('id:');
    expect(seriesPages.length).toBeGreaterThan(3);
    expect(seriesPages.some((id) => new Set([...members(id)].map((m) => m.split('/')[0])).size > 1)).toBe(true);
  });

  it.each(seriesPages)('%s: CSV, JSON and XLSX hold exactly its members’ rows of wskazniki.*, in the same order', async (id) => {
    const own = members(id);
    expect(own.size).toBeGreaterThan(0);
    const json: Row[] = JSON.parse(readDist(`dane/serie/${id}.json`));
    expect(json).toEqual(allJson.filter((r) => own.has(key(r))));
    expect(json.length).toBeGreaterThan(0);
    const csvText = readDist(`dane/serie/${id}.csv`);
    expect(parseCsv(csvText, { columns: true })).toEqual(allCsv.filter((r) => own.has(key(r as unknown as Row))));
    expect(csvText.split('\r\n')[0]).toBe(readDist('dane/wskazniki.csv').split('\r\n')[0]);
    const sheet = await readSheet(join(DIST, `dane/serie/${id}.xlsx`));
    expect(sheet[0]).toEqual(Object.keys(allJson[0]!));
    expect(sheet.length - 1).toBe(json.length);
    expect(sheet.slice(1).map((r) => `${r[0]}/${r[5]}`)).toEqual(json.map(key));
  });

  it.each(seriesPages)('%s: the page links its three files with their sizes as served', (id) => {
    const root = parse(readDist(`wskazniki/serie/${id}/index.html`));
    const section = root.querySelector('section[aria-labelledby="pobierz"]')!;
    expect(section.querySelector('h2#pobierz')).not.toBeNull();
    const links = section.querySelectorAll('a[download]');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['csv', 'json', 'xlsx'].map((f) => `/dane/serie/${id}.${f}`));
    for (const a of links) {
      const size = Number(a.parentNode!.querySelector('[data-bytes]')!.getAttribute('data-bytes'));
      expect(size).toBe(statSync(join(DIST, a.getAttribute('href')!)).size);
    }
  });
});
