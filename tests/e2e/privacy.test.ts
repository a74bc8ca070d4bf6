// Privacy and the security policy in a real browser: every page type works under the site's
// Content-Security-Policy with zero violations (search, explorer filters, charts and the quick exit
// included), and nothing is written to cookies, localStorage or sessionStorage.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { htmlPages, readDist } from '../../scripts/lib/dist.ts';

const site = useSite();
/** One context for the whole file: the storage test reads what every earlier test left in it. */
let context: BrowserContext;
const violations: string[] = [];

/** One page of each type, found in the build (so the list follows the content). */
function samplePages(): string[] {
  const pages = htmlPages().map((p) => `/${p.replace(/index\.html$/, '')}`);
  const first = (re: RegExp) => pages.find((p) => re.test(p));
  // Directory pages only: 404.html is a page file of its own (and has no chart).
  const withChart = pages.find((p) => p.endsWith('/') && /<miernik-chart\b/.test(readDist(`${p.slice(1)}index.html`)));
  return [
    '/',
    first(/^\/programy\/[^/]+\/$/),
    first(/^\/programy\/[^/]+\/cele\/[^/]+\/$/),
    first(/^\/programy\/[^/]+\/sprawozdania\/\d{4}\/$/),
    first(/^\/wskazniki\/[^/]+\/[^/]+\/$/),
    '/wskazniki/',
    '/pomoc/',
    first(/^\/pomoc\/[^/]+\/$/),
    '/dane/',
    '/bezpieczenstwo/',
    '/404.html',
    withChart,
  ].filter((p): p is string => Boolean(p));
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(`${path}: ${m.text()}`);
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

beforeAll(async () => {
  context = await site.context();
});

describe('under the Content-Security-Policy', () => {
  it('every page carries the policy in a meta element, without unsafe-inline or unsafe-eval', () => {
    for (const page of htmlPages()) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readDist(page));
      expect(meta, page).not.toBeNull();
      expect(meta![1]).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('page types load with zero violations, charts scrolled into view', async () => {
    for (const path of samplePages()) {
      const page = await open(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      await page.close();
    }
    expect(violations).toEqual([]);
  });

  it('search runs (WebAssembly, worker) with zero violations', async () => {
    const page = await open('/szukaj/?q=schronienie');
    await page.waitForFunction(() => /Wyniki|Brak/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    await page.selectOption('#f-typ', 'pomoc');
    await page.waitForURL(/typ=pomoc/);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('explorer filters run with zero violations', async () => {
    const page = await open('/wskazniki/');
    const select = page.locator('form select').first();
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value!);
    await page.waitForTimeout(300);
    await page.close();
    expect(violations).toEqual([]);
  });

  it('the quick exit (Shift×3) runs with zero violations', async () => {
    await context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Pogoda</title>' }));
    const page = await open('/');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(/^https:/);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe('no cookies, no storage', () => {
  it('after visiting every page type and using search, filters and the quick exit, nothing is stored', async () => {
    const page = await open('/');
    await page.goto(`${site.url}/szukaj/?q=pomoc`);
    const storage = await page.evaluate(() => ({
      cookie: document.cookie,
      local: window.localStorage.length,
      session: window.sessionStorage.length,
    }));
    expect(storage).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await context.cookies()).toEqual([]);
    const state = await context.storageState();
    expect(state.cookies).toEqual([]);
    expect(state.origins.flatMap((o) => o.localStorage)).toEqual([]);
    await page.close();
  });
});
