// Real queries a resident or a journalist would type, against the built Pagefind index in Chromium:
// the page they need is among the first results; filters narrow the results.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { DIST } from '../../scripts/lib/dist.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const site = useSite();
let page: Page;

beforeAll(async () => {
  page = await site.page();
});

/** Runs a search through the page's own form (as a user would) and returns result URLs and the status. */
async function search(query: string, filters: Record<string, string> = {}) {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${site.url}/szukaj/?${params}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s !== '' && !s.startsWith('Szukam');
  });
  const urls = await page.$$eval('[data-results] li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { urls, status: (await page.textContent('[data-status]')) ?? '' };
}

const TOP = 10;
describe('search answers', () => {
  it.each([
    // [query, a page expected among the first results, why]
    ['schronienie', '/pomoc/sow-krakow/', 'the shelter itself'],
    ['schronisko', '/pomoc/sow-krakow/', 'synonym of schronienie'],
    ['hostel', '/pomoc/oik-krakow/', 'the OIK hostel, by a word residents use'],
    ['telefon zaufania', '/pomoc/oik-krakow/', 'OIK runs the Krakowski Telefon Zaufania'],
    ['interwencja kryzysowa', '/pomoc/oik-krakow/', 'inflected in the source (Interwencji Kryzysowej)'],
    ['OIK', '/pomoc/oik-krakow/', 'abbreviation'],
    ['MOPS', '/pomoc/mops-krakow/', 'abbreviation'],
    ['przemoc wobec dzieci', '/programy/krakow-przemoc-w-rodzinie-2017-2020/cele/5/', 'goal 5 of 2017–2020'],
    ['przemoc domowa', '/programy/krakow-przemoc-domowa-2024-2030/', 'the programme'],
    ['przemoc w rodzinie Krasnystaw', '/programy/krasnystaw-przemoc-w-rodzinie-2021-2030/', 'the Krasnystaw programme'],
    ['wspieranie rodziny', '/programy/krakow-wspieranie-rodziny-2025-2027/', 'family support programme'],
    ['asystent rodziny', '/wskazniki/krakow-wspieranie-rodziny-2025-2027/asystent-rodziny-rodziny/', 'an indicator by its name'],
    ['program korekcyjno-edukacyjny', '/programy/krakow-przemoc-domowa-2024-2030/cele/iii/', 'programmes for perpetrators'],
    [
      'niebieskie karty',
      ['/programy/krakow-przemoc-domowa-2024-2030/cele/i/', '/wskazniki/serie/niebieskie-karty-wszczete/'],
      'the goal running the procedure, or the measure across editions',
    ],
    ['sprawozdanie 2023', '/programy/krasnystaw-przemoc-w-rodzinie-2021-2030/sprawozdania/2023/', 'the yearly report'],
    ['grupy wsparcia', ['/pomoc/', '/pomoc/oik-krakow/', '/pomoc/sow-krakow/', '/pomoc/mops-krakow/'], 'who runs support groups'],
    ['osoby starsze', '/programy/krakow-przemoc-domowa-2024-2030/cele/ii/', 'seniors are a focus of goal II'],
  ] as [string, string | string[], string][])('„%s” finds %s (%s)', async (query, expected) => {
    const { urls } = await search(query);
    const wanted = [expected].flat();
    expect(
      urls.slice(0, TOP).some((u) => wanted.includes(u)),
      `top ${TOP} for „${query}”: ${urls.slice(0, TOP).join(' ')}`,
    ).toBe(true);
  });

  it('finds irregular forms: „dziecko” finds the 2017–2020 goal that only says „dzieci”', async () => {
    const { urls } = await search('dziecko', { program: 'Przeciwdziałanie przemocy w rodzinie 2017–2020' });
    expect(urls).toContain('/programy/krakow-przemoc-w-rodzinie-2017-2020/cele/5/');
  });

  it('announces the number of results in a live region', async () => {
    const { status } = await search('schronienie');
    expect(status).toMatch(/Wyniki dla „schronienie”: \d+/);
    expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
  });

  it('says so when nothing is found', async () => {
    const { urls, status } = await search('qwxzzyq');
    expect(urls).toEqual([]);
    expect(status).toContain('Brak wyników');
  });
});

describe('search filters', () => {
  it('the municipality filter keeps only that municipality', async () => {
    const all = await search('przemoc');
    const krasnystaw = await search('przemoc', { gmina: 'Miasto Krasnystaw' });
    expect(krasnystaw.urls.length).toBeGreaterThan(0);
    expect(krasnystaw.urls.length).toBeLessThan(all.urls.length + 1);
    for (const url of krasnystaw.urls) expect(url).toMatch(/krasnystaw|krasnegostawu/);
  });

  it('the type filter keeps only that kind of page', async () => {
    const { urls } = await search('przemoc', { typ: 'cel' });
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/programy\/[^/]+\/cele\/[^/]+\/$/);
  });

  it('the programme filter keeps only that programme', async () => {
    const { urls } = await search('liczba', { program: 'Przeciwdziałanie przemocy w rodzinie 2017–2020' });
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toContain('krakow-przemoc-w-rodzinie-2017-2020');
  });

  it('the year filter keeps only pages of that year', async () => {
    const { urls } = await search('liczba', { rok: '2023' });
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toContain('/sprawozdania/2023/');
  });

  it('filters are real form controls and the choice is kept in the URL', async () => {
    await search('przemoc', { typ: 'pomoc' });
    expect(await page.inputValue('#f-typ')).toBe('pomoc');
    await page.selectOption('#f-typ', 'cel');
    await page.waitForURL(/typ=cel/);
    expect(page.url()).toContain('q=przemoc');
  });
});

describe('indicators in search', () => {
  const indicatorPage = (u: string) => /^\/wskazniki\/(?!serie\/)[^/]+\/[^/]+\/$/.test(u);

  it('lists matching indicators one by one, each linking to its own page', async () => {
    const { urls } = await search('liczba', { typ: 'wskaźnik' });
    const indicatorPages = urls.filter(indicatorPage);
    expect(indicatorPages.length).toBe(20);
    expect(new Set(indicatorPages).size).toBe(indicatorPages.length);
    for (const url of indicatorPages) expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
  });

  it('finds the same measure in every programme that has it', async () => {
    const { urls } = await search('asystenta rodziny', { typ: 'wskaźnik' });
    const programmes = new Set(urls.filter(indicatorPage).map((u) => u.split('/')[2]));
    expect([...programmes].sort()).toEqual(['krakow-przemoc-domowa-2024-2030', 'krakow-wspieranie-rodziny-2025-2027']);
  });

  it('says nothing was found when the words are in one programme but in no single indicator', async () => {
    // „zaufania” and „karty” are both among Krasnystaw's indicators, never in the same one.
    const { urls, status } = await search('zaufania karty', { typ: 'wskaźnik' });
    expect(urls).toEqual([]);
    expect(status).toContain('Brak wyników');
    expect(await page.locator('[data-results] ol').count()).toBe(0);
  });

  it('counts pages, not links, in the indicator group, and shows more on request with focus on the first new one', async () => {
    await search('liczba');
    const heading = page.locator('[data-results] h2', { hasText: 'Wskaźniki i dane' });
    await expect.poll(() => heading.textContent()).toMatch(/\(stron z wynikami: \d+\)/);
    const list = page.locator('[data-results] h2:has-text("Wskaźniki i dane") + ol');
    const before = await list.locator('li').count();
    await page.locator('[data-results] h2:has-text("Wskaźniki i dane") + ol + button').click();
    await expect.poll(() => list.locator('li').count()).toBeGreaterThan(before);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(await list.locator('li').nth(before).locator('a').getAttribute('href'));
  });
});

describe('search without JavaScript', () => {
  it('explains how to find things otherwise', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site.url}/szukaj/?q=pomoc`);
    expect(await p.isVisible('[data-nojs]')).toBe(true);
    for (const href of ['/programy/', '/pomoc/', '/wskazniki/']) expect(await p.locator(`[data-nojs] a[href="${href}"]`).count()).toBe(1);
    await context.close();
  });
});
