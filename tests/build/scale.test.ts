// A portal larger than one explorer table: a synthetic corpus of 40 programmes (~2 400
// indicators, more than EXPLORER_MAX_ROWS) builds, /wskazniki/ then lists programmes instead of
// one huge table, each programme's explorer holds exactly its indicators, and no page passes the
// 100 KB gzip budget. `npm run bench` measures the same at 100 and 1 000 programmes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { writeCorpus } from '../../scripts/synthetic-corpus.ts';
import { EXPLORER_MAX_ROWS } from '../../src/lib/explorer.ts';
import { htmlPages } from '../support/dist.ts';
import { buildFolder } from '../support/fixtures.ts';

const { dir: work, out, cache } = buildFolder('scale-');
const { counts } = writeCorpus({ programmes: 40, seed: 11, out: join(work, 'content') });
const html = (path: string) => parse(readFileSync(join(out, path), 'utf8'));
/** Indicator pages: /wskazniki/<programme>/<indicator>/. */
const indicatorPages = () => htmlPages(out).filter((p) => /^wskazniki\/(?!serie\/)[^/]+\/[^/]+\/index\.html$/.test(p));

beforeAll(() => {
  const env = { ...process.env, MIERNIK_CONTENT: join(work, 'content'), MIERNIK_OUT: out, MIERNIK_CACHE_DIR: cache };
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a 40-programme synthetic portal', () => {
  it('is larger than one explorer table', () => {
    expect(indicatorPages().length).toBeGreaterThanOrEqual(counts.indicators!);
    expect(counts.indicators).toBeGreaterThan(EXPLORER_MAX_ROWS);
  });

  it('/wskazniki/ lists every programme with its indicator count instead of one table of all indicators', () => {
    const page = html('wskazniki/index.html');
    expect(page.querySelector('indicator-explorer')).toBeNull();
    const rows = page.querySelectorAll('tbody tr');
    expect(rows.length).toBe(counts.programmes);
    const total = rows.reduce((n, tr) => n + Number(tr.querySelector('td.num')!.textContent.replace(/\s/g, '')), 0);
    expect(total).toBe(indicatorPages().length);
  });

  it("each programme's explorer lists exactly as many indicators as the programme has indicator pages", () => {
    const links = html('wskazniki/index.html').querySelectorAll('tbody th a').map((a) => a.getAttribute('href')!);
    const pages = indicatorPages();
    expect(links.length).toBe(counts.programmes);
    let sum = 0;
    for (const href of links) {
      const rows = html(join(href, 'index.html')).querySelectorAll('indicator-explorer tbody tr').length;
      expect(rows, href).toBe(pages.filter((p) => p.startsWith(href.slice(1))).length);
      sum += rows;
    }
    expect(sum).toBe(pages.length);
  });

  it('keeps every page under 100 KB of gzip HTML', () => {
    const over = htmlPages(out)
      .map((p) => [p, gzipSync(readFileSync(join(out, p))).length] as const)
      .filter(([, bytes]) => bytes > 100 * 1024);
    expect(over).toEqual([]);
  });
});
