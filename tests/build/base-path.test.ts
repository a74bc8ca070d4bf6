// Sub-path hosting (a GitHub Pages project site): the fixture built with SITE_BASE=/miernik/.
// Every same-site URL in every page, stylesheet and export row starts with the base path and
// names a file that exists; served under /miernik/ in Chromium, pages load without a failed
// request and search results link under the base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { htmlPages } from '../../scripts/lib/dist.ts';
import { buildFolder, FIXTURE } from '../support/fixtures.ts';
import { URL_ATTRS } from '../support/urlAttrs.ts';
import { launch } from '../../scripts/lib/browser.ts';
import { start, type Served } from '../../scripts/lib/server.ts';

const BASE = '/miernik/';
const { dir, out, cache } = buildFolder('base-');
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIERNIK_CONTENT: FIXTURE,
    MIERNIK_OUT: out,
    MIERNIK_CACHE_DIR: cache,
    MIERNIK_ALLOW_SHALLOW: '1',
    SITE_BASE: BASE,
  };
  delete env.SITE_URL;
  const r = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  expect(r.status, r.stderr + r.stdout.slice(-2000)).toBe(0);
  [browser, served] = await Promise.all([launch(), start(out, BASE)]);
}, 300_000);
afterAll(async () => {
  await Promise.all([browser?.close(), served?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** A site path without the base ('/miernik/pomoc/' → 'pomoc/') names a file, or a folder with index.html. */
function exists(url: string): boolean {
  const path = decodeURIComponent(url.slice(BASE.length).split(/[?#]/)[0]!);
  const full = join(out, path);
  return existsSync(full) && (!statSync(full).isDirectory() || existsSync(join(full, 'index.html')));
}
const sameSite = (url: string) => url.startsWith('/') && !url.startsWith('//');

describe('a site built under a base path', () => {
  it('every same-site URL of every page starts with the base path and exists', () => {
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const root = parse(readFileSync(join(out, page), 'utf8'));
      for (const [selector, attr] of URL_ATTRS) {
        for (const el of root.querySelectorAll(selector)) {
          const urls =
            attr === 'srcset'
              ? el
                  .getAttribute(attr)!
                  .split(',')
                  .map((c) => c.trim().split(/\s+/)[0]!)
              : [el.getAttribute(attr)!];
          for (const url of urls.filter(sameSite)) {
            checked += 1;
            if (!url.startsWith(BASE) || !exists(url)) wrong.push(`${page}: ${selector} ${url}`);
          }
        }
      }
      // URLs in meta content (the accessibility statement's address) too.
      for (const el of root.querySelectorAll('meta[content^="/"]')) {
        const url = el.getAttribute('content')!;
        if (!url.startsWith(BASE) || !exists(url)) wrong.push(`${page}: meta ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(wrong).toEqual([]);
  });

  it('stylesheets refer to files under the base path only', () => {
    const css = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      for (const [, url] of readFileSync(join(out, '_astro', file), 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) {
        if (sameSite(url!)) expect(url!.startsWith(BASE) && exists(url!), `${file}: ${url}`).toBe(true);
      }
    }
  });

  it('the export links each programme and indicator under the base path', () => {
    const programmes: { url: string }[] = JSON.parse(readFileSync(join(out, 'dane/programy.json'), 'utf8'));
    const rows: { url: string }[] = JSON.parse(readFileSync(join(out, 'dane/wskazniki.json'), 'utf8'));
    expect(programmes.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const { url } of [...programmes, ...rows]) expect(url.startsWith(BASE) && exists(url), url).toBe(true);
  });

  it('pages served under the base path load every script, stylesheet and chart without a failed request', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
    const goal = htmlPages(out).find((p) => /^programy\/[^/]+\/cele\/[^/]+\/index\.html$/.test(p))!;
    for (const path of ['', goal.replace(/index\.html$/, ''), 'wskazniki/', 'pomoc/']) {
      await page.goto(`${served.url}${BASE}${path}`);
      await page.waitForLoadState('networkidle');
    }
    // The goal page's charts: scrolled into view, Chart.js loads from the base path and draws.
    await page.goto(`${served.url}${BASE}${goal.replace(/index\.html$/, '')}`);
    const chart = page.locator('miernik-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForSelector('miernik-chart[data-state="rendered"]', { timeout: 15_000 });
    expect(failed).toEqual([]);
    await page.close();
  });

  it('search loads Pagefind from the base path and its results link under it', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${served.url}${BASE}szukaj/?q=pomoc`);
    const links = page.locator('[data-results] a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(BASE) && exists(href), href).toBe(true);
    expect(failed).toEqual([]);
    await page.close();
  });
});
