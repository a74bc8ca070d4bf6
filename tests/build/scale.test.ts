// A portal larger than one explorer table: a synthetic corpus of 40 programmes (~2 400
// indicators, more than EXPLORER_MAX_ROWS; more than LIST_ALL_MAX_PROGRAMMES) builds,
// /wskazniki/ then lists programmes instead of one huge table, each programme's explorer holds
// exactly its indicators; the home page, /programy/ and /pomoc/ lead to municipalities' pages
// instead of listing everything; and every page keeps the budgets of tests/build/budgets.test.ts.
// `npm run bench` measures the same at 100 and 1 000 programmes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { writeCorpus } from '../../scripts/synthetic-corpus.ts';
import { EXPLORER_PAGE_SIZE } from '../../src/lib/explorer.ts';
import { EXPLORER_MAX_ROWS } from '../../src/lib/explorerPages.ts';
import { LIST_ALL_MAX_PROGRAMMES } from '../../src/lib/municipalities.ts';
import { CHART_JS, HTML, PLAIN_TOTAL, figures, kb, weighPages } from '../support/budgets.ts';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { buildFolder } from '../support/fixtures.ts';

const { dir: work, out, cache } = buildFolder('scale-');
const { counts } = writeCorpus({ programmes: 40, seed: 11, out: join(work, 'content') });
const html = (path: string) => parse(readFileSync(join(out, path), 'utf8'));
/** Indicator pages: /wskazniki/<programme>/<indicator>/ (not the series, not /wskazniki/strona/<n>/). */
const indicatorPages = () => htmlPages(out).filter((p) => /^wskazniki\/(?!serie\/|strona\/)[^/]+\/[^/]+\/index\.html$/.test(p));

beforeAll(() => {
  const env = {
    ...process.env,
    MIERNIK_CONTENT: join(work, 'content'),
    MIERNIK_OUT: out,
    MIERNIK_CACHE_DIR: cache,
    MIERNIK_ALLOW_SHALLOW: '1',
  };
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

  it("each programme's explorer lists, over its pages, exactly the programme's indicator pages, each once", () => {
    const links = html('wskazniki/index.html')
      .querySelectorAll('tbody th a')
      .map((a) => a.getAttribute('href')!);
    const pages = indicatorPages();
    expect(links.length).toBe(counts.programmes);
    let sum = 0;
    let paginated = 0;
    for (const href of links) {
      // Page 1 lists every page of its table in its pagination (none when the table fits one page).
      const first = html(join(href, 'index.html'));
      const tablePages = first.querySelectorAll('nav.pagination ol a').map((a) => a.getAttribute('href')!);
      if (tablePages.length > 1) paginated++;
      const rows = (tablePages.length ? tablePages : [href]).flatMap((page) =>
        html(join(page, 'index.html'))
          .querySelectorAll('indicator-explorer tbody th a')
          .map((a) => a.getAttribute('href')!.slice(1) + 'index.html'),
      );
      expect(rows.length, href).toBeLessThanOrEqual(EXPLORER_PAGE_SIZE * Math.max(1, tablePages.length));
      expect(rows.sort(), href).toEqual(pages.filter((p) => p.startsWith(href.slice(1))).sort());
      sum += rows.length;
    }
    expect(sum).toBe(pages.length);
    expect(paginated).toBeGreaterThan(0);
  });

  it('keeps every page within the budgets', () => {
    const pages = weighPages(out);
    expect(pages.filter((p) => p.plain && p.weight.total.gzip > PLAIN_TOTAL).map((p) => `${p.page}: ${figures(p.weight)}`)).toEqual([]);
    expect(pages.filter((p) => p.charts && p.weight.js.gzip > CHART_JS).map((p) => `${p.page}: JS ${kb(p.weight.js.gzip)}`)).toEqual([]);
    expect(pages.filter((p) => p.weight.html.gzip > HTML).map((p) => `${p.page}: HTML ${kb(p.weight.html.gzip)}`)).toEqual([]);
  });
});

describe('a portal of many municipalities', () => {
  let orgs: string[] = [];
  beforeAll(() => {
    orgs = htmlPages(out)
      .filter((p) => /^gminy\/[^/]+\/index\.html$/.test(p))
      .map((p) => p.split('/')[1]!);
  });
  const links = (path: string, pattern: RegExp) =>
    html(path)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => pattern.test(h));
  const programmeLinks = (path: string) => new Set(links(path, /^\/programy\/[^/]+\/$/));

  it('has more programmes than one list shows, and a page per municipality', () => {
    expect(counts.programmes).toBeGreaterThan(LIST_ALL_MAX_PROGRAMMES);
    expect(orgs.length).toBe(counts.organisations);
  });

  it.each(['index.html', 'programy/index.html', 'pomoc/index.html'])(
    '%s links every municipality instead of every programme or institution',
    (path) => {
      const municipalityPages = new Set(links(path, /^\/gminy\//).map((h) => h.split('#')[0]));
      expect([...municipalityPages].sort()).toEqual(orgs.map((o) => `/gminy/${o}/`).sort());
      expect(programmeLinks(path).size).toBe(0);
      expect(links(path, /^\/pomoc\/[^/]+\/$/)).toEqual([]);
    },
  );

  it('its lists of municipalities are valid HTML', async () => {
    const config = JSON.parse(readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    for (const page of ['index.html', 'programy/index.html', 'pomoc/index.html', `gminy/${orgs[0]}/index.html`]) {
      const report = await validator.validateString(readFileSync(join(out, page), 'utf8'), page);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });

  it("each programme and institution is on exactly its municipality's page", () => {
    const seen: string[] = [];
    const institutions: string[] = [];
    for (const org of orgs) {
      const page = `gminy/${org}/index.html`;
      seen.push(...programmeLinks(page));
      institutions.push(...new Set(links(page, /^\/pomoc\/[^/]+\/$/)));
    }
    expect(seen.length).toBe(counts.programmes);
    expect(new Set(seen).size).toBe(counts.programmes);
    expect(new Set(institutions).size).toBe(counts.institutions);
    expect(institutions.length).toBe(counts.institutions);
  });
});
