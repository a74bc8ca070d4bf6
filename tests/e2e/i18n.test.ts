// The Ukrainian and English pages in Chromium (issue 20): the language switcher keeps the page,
// the search on /uk/szukaj/ searches the Ukrainian index and finds the Ukrainian help pages, and
// the new pages pass the quality gate's axe, keyboard, reflow and request checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { formatFindings, openGate, type Gate } from '../../scripts/lib/gate.ts';
import { useSite } from '../support/site.ts';
import { uk } from '../../src/i18n/uk.ts';

const site = useSite();
let page: Page;
beforeAll(async () => {
  page = await site.page();
});

describe('the language switcher', () => {
  it.each([
    ['/pomoc/oik-krakow/', 'Українська', '/uk/pomoc/oik-krakow/', 'uk'],
    ['/uk/pomoc/oik-krakow/', 'English', '/en/pomoc/oik-krakow/', 'en'],
    ['/en/bezpieczenstwo/', 'Polski', '/bezpieczenstwo/', 'pl'],
    ['/uk/programy/krakow-przemoc-domowa-2024-2030/', 'English', '/en/programy/krakow-przemoc-domowa-2024-2030/', 'en'],
  ])('on %s, choosing %s opens the same page %s in that language', async (from, name, to, lang) => {
    await page.goto(`${site.url}${from}`);
    await page.locator('.lang-switch a', { hasText: name }).click();
    await page.waitForURL(`${site.url}${to}`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
  });

  it('on a page only in Polish (a goal), the Ukrainian link goes to the Ukrainian home page and says so', async () => {
    await page.goto(`${site.url}/programy/krakow-przemoc-domowa-2024-2030/cele/i/`);
    const link = page.locator('.lang-switch a[hreflang="uk"]');
    expect(await link.textContent()).toContain(uk.languages.homeOnly);
    await link.click();
    await page.waitForURL(`${site.url}/uk/`);
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
  });
});

/** A search through the page's own form, as a reader would; the result URLs once the status is final. */
async function search(path: string, query: string, searching: string) {
  await page.goto(`${site.url}${path}?${new URLSearchParams({ q: query })}`);
  await page.waitForFunction((s) => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status !== '' && !status.startsWith(s);
  }, searching);
  const urls = await page.$$eval('[data-results] li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { urls, status: (await page.textContent('[data-status]')) ?? '' };
}

describe('search in Ukrainian', () => {
  it('„притулок” on /uk/szukaj/ finds the Ukrainian pages of the shelters, and only Ukrainian pages', async () => {
    const { urls, status } = await search('/uk/szukaj/', 'притулок', uk.search.searching);
    expect(status).toContain('притулок');
    expect(urls).toEqual(expect.arrayContaining(['/uk/pomoc/sow-krakow/', '/uk/pomoc/oik-krakow/']));
    expect(urls.every((u) => u.startsWith('/uk/'))).toBe(true);
  });

  it('„насильство” on /uk/szukaj/ finds the Ukrainian help page', async () => {
    const { urls } = await search('/uk/szukaj/', 'насильство', uk.search.searching);
    expect(urls).toContain('/uk/pomoc/');
    expect(urls.every((u) => u.startsWith('/uk/'))).toBe(true);
  });

  it('the Polish search page does not return the Ukrainian pages', async () => {
    const { urls } = await search('/szukaj/', 'schronienie', 'Szukam');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.some((u) => u.startsWith('/uk/') || u.startsWith('/en/'))).toBe(false);
  });

  it('without JavaScript /uk/szukaj/ says in Ukrainian where to go, with the numbers', async () => {
    const noJs = await site.page({ javaScriptEnabled: false });
    await noJs.goto(`${site.url}/uk/szukaj/`);
    expect(await noJs.locator('[data-nojs]').textContent()).toContain(uk.search.noJs);
    expect(await noJs.locator('[data-nojs] a[href="tel:112"]').count()).toBe(1);
    expect(await noJs.locator('[data-nojs] a[href="/uk/pomoc/"]').count()).toBe(1);
  });
});

// Every new page: one of each kind per language, and every institution in Ukrainian.
const institutions = readdirSync('content/institutions')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const NEW_PAGES = [
  ...['uk', 'en'].flatMap((l) => [
    `${l}/index.html`,
    `${l}/pomoc/index.html`,
    `${l}/bezpieczenstwo/index.html`,
    `${l}/szukaj/index.html`,
    `${l}/deklaracja-dostepnosci/index.html`,
    `${l}/404/index.html`,
    `${l}/programy/krakow-przemoc-domowa-2024-2030/index.html`,
    `${l}/pomoc/oik-krakow/index.html`,
  ]),
  ...institutions.map((i) => `uk/pomoc/${i}/index.html`),
  '404.html',
];

describe('the quality gate on the new pages', () => {
  let gate: Gate;
  beforeAll(async () => {
    gate = await openGate(site, { checks: ['axe', 'keyboard', 'focus', 'reflow', 'requests', 'load'] });
  });
  afterAll(() => gate?.close());

  it.each([...new Set(NEW_PAGES)].map((p) => [p]))('%s: no findings', async (path) => {
    const result = await gate.check(path);
    expect(formatFindings(result.findings)).toBe('');
  });
});
