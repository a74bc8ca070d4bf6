// The indicator explorer (/wskazniki/) in a real browser: without JavaScript the whole table shows
// and the form stays hidden; with it the filters and the sort buttons work, the URL query follows
// them (and a shared URL loads filtered), the count is announced in a polite live region, and the
// filtered, sorted page still passes axe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { start, type Served } from '../support/server.ts';
import { AXE_TAGS } from '../support/gate.ts';
import { exportJson } from '../support/dist.ts';
import { polish } from '../support/contentValues.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const rows = exportJson();
const indicatorKey = (r: { programme: string; indicator: string }) => `${r.programme}/${r.indicator}`;
const indicators = [...new Map(rows.map((r) => [indicatorKey(r), r])).values()];
const total = indicators.length;
/** Indicators with at least one value matching the predicate. */
const countWhere = (pred: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(pred).map(indicatorKey)).size;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function open(query = '', javaScriptEnabled = true): Promise<void> {
  context = await browser.newContext({ javaScriptEnabled });
  await context.route((url) => !url.href.startsWith(server.url), (route) => route.abort());
  page = await context.newPage();
  await page.goto(`${server.url}/wskazniki/${query}`);
}

const visibleRows = () => page.locator('indicator-explorer tbody tr:not([hidden])');
const status = () => page.locator('indicator-explorer [role="status"]');
const countText = (shown: number) => `Wyświetlono ${polish(shown)} z ${polish(total)} wskaźników`;
const query = () => new URL(page.url()).search;

beforeAll(async () => {
  server = await start(process.env.MIERNIK_OUT ?? 'dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => context?.close());

describe('explorer without JavaScript', () => {
  it('shows the complete table and hides the form, saying filters need JavaScript', async () => {
    await open('?programme=nic&year=2024', false);
    expect(await page.locator('indicator-explorer tbody tr').count()).toBe(total);
    expect(await visibleRows().count()).toBe(total);
    expect(await page.locator('indicator-explorer form').isVisible()).toBe(false);
    expect(await page.locator('indicator-explorer thead button').count()).toBe(0);
    expect(await page.getByText('Filtrowanie i sortowanie wymagają włączonego JavaScriptu').isVisible()).toBe(true);
    expect(await status().textContent()).toBe(countText(total));
  });
});

describe('explorer with JavaScript', () => {
  it('shows labelled filters and a polite live count of all rows', async () => {
    await open();
    expect(await page.locator('indicator-explorer form').isVisible()).toBe(true);
    for (const label of ['Program', 'Gmina', 'Cel', 'Realizator', 'Rodzaj miary', 'Rok', 'Rodzaj wartości'])
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await status().textContent()).toBe(countText(total));
    expect(await page.locator('.explorer-nojs').isVisible()).toBe(false);
    expect(query()).toBe('');
  });

  it('filters by programme, puts it in the URL and announces the count', async () => {
    await open();
    const slug = indicators[0]!.programme;
    await page.getByLabel('Program', { exact: true }).selectOption(slug);
    const expected = countWhere((r) => r.programme === slug);
    expect(await visibleRows().count()).toBe(expected);
    expect(await status().textContent()).toBe(countText(expected));
    expect(query()).toBe(`?programme=${slug}`);
    const links = await visibleRows().locator('th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((href) => href!.startsWith(`/wskazniki/${slug}/`))).toBe(true);
  });

  it('applies year and kind to the same value, and every other filter narrows as it says', async () => {
    await open();
    const year = rows.find((r) => r.kind === 'target' && r.year !== null)!.year!;
    await page.getByLabel('Rok', { exact: true }).selectOption(String(year));
    expect(await visibleRows().count()).toBe(countWhere((r) => r.year === year));
    await page.getByLabel('Rodzaj wartości', { exact: true }).selectOption('target');
    expect(await visibleRows().count()).toBe(countWhere((r) => r.year === year && r.kind === 'target'));
    expect(query()).toBe(`?year=${year}&kind=target`);
    await page.getByLabel('Rodzaj wartości', { exact: true }).selectOption('');
    await page.getByLabel('Rok', { exact: true }).selectOption('');
    await page.getByLabel('Rodzaj miary', { exact: true }).selectOption('percent');
    expect(await visibleRows().count()).toBe(countWhere((r) => r.unit === 'percent'));
    await page.getByLabel('Rodzaj miary', { exact: true }).selectOption('');
    const goal = await page.locator('#f-goal option:not([value=""])').first().getAttribute('value');
    await page.getByLabel('Cel', { exact: true }).selectOption(goal!);
    const [gp, gid] = [goal!.slice(0, goal!.indexOf(':')), goal!.slice(goal!.indexOf(':') + 1)];
    expect(await visibleRows().count()).toBe(countWhere((r) => r.programme === gp && r.goal === gid));
    await page.getByLabel('Cel', { exact: true }).selectOption('');
    const implementer = await page.locator('#f-implementer option:not([value=""])').first().getAttribute('value');
    await page.getByLabel('Realizator', { exact: true }).selectOption(implementer!);
    const shown = await visibleRows().evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.i ?? ''));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.split('|').includes(implementer!))).toBe(true);
  });

  it('loads a shared filtered URL filtered, with the controls set', async () => {
    const r = rows.find((x) => x.kind === 'target' && x.year !== null)!;
    await open(`?programme=${r.programme}&year=${r.year}`);
    const expected = countWhere((x) => x.programme === r.programme && x.year === r.year);
    expect(await visibleRows().count()).toBe(expected);
    expect(await status().textContent()).toBe(countText(expected));
    expect(await page.locator('#f-programme').inputValue()).toBe(r.programme);
    expect(await page.locator('#f-year').inputValue()).toBe(String(r.year));
  });

  it('ignores unknown values in a shared URL rather than showing an empty table', async () => {
    await open('?programme=nie-ma-takiego&sort=nonsense');
    expect(await visibleRows().count()).toBe(total);
  });

  it('sorts by a column with header buttons, aria-sort and the URL following', async () => {
    await open();
    const th = page.locator('indicator-explorer thead th', { hasText: 'Wskaźnik' });
    const labels = () => visibleRows().locator('th').allTextContents();
    const collator = new Intl.Collator('pl', { numeric: true, sensitivity: 'base' });
    const sorted = (list: string[]) => [...list].sort((a, b) => collator.compare(a.trim(), b.trim()));
    expect(await th.getAttribute('aria-sort')).toBeNull();
    await th.getByRole('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await labels()).toEqual(sorted(await labels()));
    expect(query()).toBe('?sort=indicator');
    // Keyboard: the same button, pressed with Enter, reverses the order.
    await th.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect(await labels()).toEqual(sorted(await labels()).reverse());
    expect(query()).toBe('?sort=indicator&order=desc');
    // Another column takes over the sort.
    const programme = page.locator('indicator-explorer thead th', { hasText: 'Program' }).first();
    await programme.getByRole('button').click();
    expect(await programme.getAttribute('aria-sort')).toBe('ascending');
    expect(await th.getAttribute('aria-sort')).toBeNull();
  });

  it('keeps filters and sort together in the URL, and the reset button clears the filters', async () => {
    const slug = indicators.at(-1)!.programme;
    await open(`?programme=${slug}&sort=unit&order=desc`);
    expect(await page.locator('indicator-explorer thead th[aria-sort="descending"]').textContent()).toContain('Jednostka');
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await expect.poll(() => visibleRows().count()).toBe(total);
    expect(await status().textContent()).toBe(countText(total));
    expect(query()).toBe('?sort=unit&order=desc');
  });

  it('passes axe when filtered and sorted, and reflows at 320 px', async () => {
    const slug = indicators[0]!.programme;
    await open(`?programme=${slug}&sort=goal`);
    await page.evaluate(AXE); // as DevTools does: the page's own policy forbids inline scripts
    const violations = await page.evaluate(async (tags) => {
      const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return (r.violations as any[])
        .map((v) => ({ id: v.id as string, targets: (v.nodes as any[]).map((n) => String(n.target)) }));
    }, AXE_TAGS);
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
