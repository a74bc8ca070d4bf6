// The indicator explorer (/wskazniki/) in a real browser: without JavaScript each page shows its
// rows, the form stays hidden and the "next page" links reach every indicator exactly once; with
// it the filters (the keyword too), the sort buttons and the URL query work over every page
// (fetched on the first filter or sort), a shared URL loads filtered, the count is announced in a
// polite live region, the filtered, sorted page still passes axe, and a 360 px phone reads each
// row as a stack of lines with no sideways scrolling.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { AXE_TAGS } from '../../scripts/lib/gate.ts';
import { exportJson } from '../../scripts/lib/dist.ts';
import { polish } from '../support/contentValues.ts';
import { EXPLORER_PAGE_SIZE } from '../../src/lib/explorer.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const rows = exportJson();
const indicatorKey = (r: { programme: string; indicator: string }) => `${r.programme}/${r.indicator}`;
const indicators = [...new Map(rows.map((r) => [indicatorKey(r), r])).values()];
const total = indicators.length;
/** Indicators with at least one value matching the predicate. */
const countWhere = (pred: (r: (typeof rows)[number]) => boolean) => new Set(rows.filter(pred).map(indicatorKey)).size;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Nothing leaves 127.0.0.1; each test's context is closed after it.
const site = useSite({ offline: true });
let page: Page;

async function open(query = '', javaScriptEnabled = true, path = '/wskazniki/', width = 1280): Promise<void> {
  page = await site.page({ javaScriptEnabled, viewport: { width, height: 800 } });
  await page.goto(`${site.url}${path}${query}`);
}

/** The keyword filter's rule, written apart from src/lib/explorer.ts: every word in the label, case and diacritics aside. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll('ł', 'l');
const labelHas = (label: string, keyword: string) =>
  fold(keyword)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => fold(label).includes(w));

const visibleRows = () => page.locator('indicator-explorer tbody tr:not([hidden])');
const status = () => page.locator('indicator-explorer [role="status"]');
const countText = (shown: number, of = total) => `Wyświetlono ${polish(shown)} z ${polish(of)} wskaźników`;
const pages = Math.ceil(total / EXPLORER_PAGE_SIZE);
const pageText = (n: number, of = total, count = pages) =>
  `Wskaźniki ${polish((n - 1) * EXPLORER_PAGE_SIZE + 1)}–${polish(Math.min(n * EXPLORER_PAGE_SIZE, of))} z ${polish(of)} (strona ${n} z ${count})`;
const pagination = () => page.locator('indicator-explorer nav.pagination');
const rowLinks = () =>
  visibleRows()
    .locator('th a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
const query = () => new URL(page.url()).search;
/** Waits for the view to settle: the first filter or sort fetches the other pages, which takes a moment on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe('explorer without JavaScript', () => {
  it('shows the first page of the table and hides the form, saying filters need JavaScript', async () => {
    await open('?programme=nic&year=2024&q=porad', false);
    expect(await page.locator('indicator-explorer tbody tr').count()).toBe(EXPLORER_PAGE_SIZE);
    expect(await visibleRows().count()).toBe(EXPLORER_PAGE_SIZE);
    expect(await page.locator('indicator-explorer form').isVisible()).toBe(false);
    expect(await page.locator('indicator-explorer thead button').count()).toBe(0);
    expect(await page.getByText('Filtrowanie i sortowanie wymagają włączonego JavaScriptu').isVisible()).toBe(true);
    expect(await status().textContent()).toBe(pageText(1));
    expect(await pagination().isVisible()).toBe(true);
  });

  it('reaches every indicator exactly once by following "next page" to the last page', async () => {
    await open('', false);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      expect(await status().textContent()).toBe(pageText(n));
      expect(await page.locator('nav.pagination a[aria-current="page"]').textContent()).toBe(`strona ${n}`);
      seen.push(...(await rowLinks()));
      const next = page.getByRole('link', { name: 'Następna strona' });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(`**/wskazniki/strona/${n + 1}/`);
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen)).toEqual(new Set(indicators.map((r) => new URL(r.url, 'http://x').pathname)));
  });

  it("leads to a programme's own table, the filter by programme that needs no script", async () => {
    await open('', false);
    const slug = indicators.at(-1)!.programme;
    await page.locator(`#tabele-programow + ul a[href="/wskazniki/${slug}/"]`).click();
    await page.waitForURL(`**/wskazniki/${slug}/`);
    const links = await rowLinks();
    expect(links.length).toBe(
      Math.min(
        EXPLORER_PAGE_SIZE,
        countWhere((r) => r.programme === slug),
      ),
    );
    expect(links.every((href) => href.startsWith(`/wskazniki/${slug}/`))).toBe(true);
  });
});

describe('explorer with JavaScript', () => {
  it('shows labelled filters and a polite live count of all rows', async () => {
    await open();
    expect(await page.locator('indicator-explorer form').isVisible()).toBe(true);
    for (const label of ['Słowa w nazwie wskaźnika', 'Program', 'Gmina', 'Cel', 'Realizator', 'Rodzaj miary', 'Rok', 'Rodzaj wartości'])
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    expect(await status().getAttribute('aria-live')).toBe('polite');
    // Nothing filtered yet: the page stays as built, one page of the table with its page links.
    expect(await status().textContent()).toBe(pageText(1));
    expect(await visibleRows().count()).toBe(EXPLORER_PAGE_SIZE);
    expect(await pagination().isVisible()).toBe(true);
    expect(await page.locator('.explorer-nojs').isVisible()).toBe(false);
    expect(query()).toBe('');
  });

  it('filters by programme, puts it in the URL and announces the count', async () => {
    await open();
    const slug = indicators[0]!.programme;
    await page.getByLabel('Program', { exact: true }).selectOption(slug);
    const expected = countWhere((r) => r.programme === slug);
    await poll(() => visibleRows().count()).toBe(expected);
    expect(await status().textContent()).toBe(countText(expected));
    expect(query()).toBe(`?programme=${slug}`);
    const links = await rowLinks();
    expect(links.every((href) => href.startsWith(`/wskazniki/${slug}/`))).toBe(true);
    // The matches of every page, not only this one's; the page links would mislead, so they go.
    expect(new Set(links)).toEqual(new Set(indicators.filter((r) => r.programme === slug).map((r) => new URL(r.url, 'http://x').pathname)));
    expect(await pagination().isVisible()).toBe(false);
  });

  it('filters by words of the label as they are typed, keeps them in the URL and finds them on every page', async () => {
    await open();
    // A word of the last indicator's label: it sits on the last page, not on this one.
    const last = indicators.at(-1)!;
    const word = last.label.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    const keyword = fold(word).toUpperCase(); // no diacritics, other case: still found
    await page.getByLabel('Słowa w nazwie wskaźnika', { exact: true }).fill(keyword);
    const expected = indicators.filter((r) => labelHas(r.label, keyword));
    await poll(() => status().textContent()).toBe(countText(expected.length));
    await poll(() => visibleRows().count()).toBe(expected.length);
    expect(await rowLinks()).toContain(new URL(last.url, 'http://x').pathname);
    expect(new URLSearchParams(query()).get('q')).toBe(keyword);
    // Two words: both must be in the label.
    const words = `${keyword} ${fold(indicators[0]!.label.split(/\s+/)[0]!)}`;
    await page.getByLabel('Słowa w nazwie wskaźnika', { exact: true }).fill(words);
    const both = indicators.filter((r) => labelHas(r.label, words)).length;
    // None has both: the count says why (the keyword alone excludes everything).
    const why = ` Żaden wskaźnik nie spełnia wszystkich wybranych warunków. Bez filtra „Słowa w nazwie wskaźnika” pasowałoby: ${polish(total)}.`;
    await poll(() => status().textContent()).toBe(countText(both) + (both === 0 ? why : ''));
    // Emptied: back to this page as built.
    await page.getByLabel('Słowa w nazwie wskaźnika', { exact: true }).fill('');
    await poll(() => status().textContent()).toBe(pageText(1));
    await poll(() => visibleRows().count()).toBe(EXPLORER_PAGE_SIZE);
    expect(await pagination().isVisible()).toBe(true);
    expect(query()).toBe('');
  });

  it('loads a shared URL with a keyword filtered, on any page, with the field filled', async () => {
    const keyword = fold(indicators[0]!.label.split(/\s+/).sort((a, b) => b.length - a.length)[0]!);
    await open(`?q=${encodeURIComponent(keyword)}`, true, '/wskazniki/strona/2/');
    const expected = indicators.filter((r) => labelHas(r.label, keyword));
    await poll(() => status().textContent()).toBe(countText(expected.length));
    expect(new Set(await rowLinks())).toEqual(new Set(expected.map((r) => new URL(r.url, 'http://x').pathname)));
    expect(await page.locator('#f-q').inputValue()).toBe(keyword);
  });

  it("filters a programme's own table over all of its pages", async () => {
    const counts = new Map<string, number>();
    for (const r of indicators) counts.set(r.programme, (counts.get(r.programme) ?? 0) + 1);
    const [slug, own] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(own).toBeGreaterThan(EXPLORER_PAGE_SIZE);
    await open('', true, `/wskazniki/${slug}/`);
    expect(await status().textContent()).toBe(pageText(1, own, Math.ceil(own / EXPLORER_PAGE_SIZE)));
    await page.getByLabel('Rodzaj miary', { exact: true }).selectOption('count');
    const expected = countWhere((r) => r.programme === slug && r.unit === 'count');
    await poll(() => status().textContent()).toBe(countText(expected, own));
    await poll(() => visibleRows().count()).toBe(expected);
  });

  it('applies year and kind to the same value, and every other filter narrows as it says', async () => {
    await open();
    const year = rows.find((r) => r.kind === 'target' && r.year !== null)!.year!;
    await page.getByLabel('Rok', { exact: true }).selectOption(String(year));
    await poll(() => visibleRows().count()).toBe(countWhere((r) => r.year === year));
    await page.getByLabel('Rodzaj wartości', { exact: true }).selectOption('target');
    await poll(() => visibleRows().count()).toBe(countWhere((r) => r.year === year && r.kind === 'target'));
    expect(query()).toBe(`?year=${year}&kind=target`);
    await page.getByLabel('Rodzaj wartości', { exact: true }).selectOption('');
    await page.getByLabel('Rok', { exact: true }).selectOption('');
    await page.getByLabel('Rodzaj miary', { exact: true }).selectOption('percent');
    await poll(() => visibleRows().count()).toBe(countWhere((r) => r.unit === 'percent'));
    await page.getByLabel('Rodzaj miary', { exact: true }).selectOption('');
    const goal = await page.locator('#f-goal option:not([value=""])').first().getAttribute('value');
    await page.getByLabel('Cel', { exact: true }).selectOption(goal!);
    const [gp, gid] = [goal!.slice(0, goal!.indexOf(':')), goal!.slice(goal!.indexOf(':') + 1)];
    await poll(() => visibleRows().count()).toBe(countWhere((r) => r.programme === gp && r.goal === gid));
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
    await poll(() => visibleRows().count()).toBe(expected);
    expect(await status().textContent()).toBe(countText(expected));
    expect(await page.locator('#f-programme').inputValue()).toBe(r.programme);
    expect(await page.locator('#f-year').inputValue()).toBe(String(r.year));
  });

  it('ignores unknown values in a shared URL rather than showing an empty table', async () => {
    await open('?programme=nie-ma-takiego&sort=nonsense');
    expect(await visibleRows().count()).toBe(EXPLORER_PAGE_SIZE);
    expect(await status().textContent()).toBe(pageText(1));
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
    // A sort takes in every page.
    await poll(() => visibleRows().count()).toBe(total);
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

  it('says which filter leaves nothing, and clears it or every filter on request', async () => {
    // A programme and a year of some other programme's values that it has none for.
    const years = [...new Set(rows.filter((x) => x.year !== null).map((x) => x.year!))];
    const programmes = [...new Set(rows.map((x) => x.programme))];
    const [slug, year] = programmes
      .flatMap((p) => years.map((y) => [p, y] as const))
      .find(([p, y]) => !rows.some((x) => x.programme === p && x.year === y))!;
    await open(`?programme=${slug}&year=${year}`);
    await poll(() => visibleRows().count()).toBe(0);
    const [programmeLabel, yearLabel] = await Promise.all(
      ['f-programme', 'f-year'].map((id) => page.locator(`label[for="${id}"]`).textContent()),
    );
    const withoutProgramme = countWhere((x) => x.year === year);
    const withoutYear = countWhere((x) => x.programme === slug);
    expect(await status().textContent()).toBe(
      `${countText(0)} Żaden wskaźnik nie spełnia wszystkich wybranych warunków. ` +
        `Bez filtra „${programmeLabel!.trim()}” pasowałoby: ${polish(withoutProgramme)}. Bez filtra „${yearLabel!.trim()}” pasowałoby: ${polish(withoutYear)}.`,
    );
    await page.getByRole('button', { name: `Usuń filtr „${yearLabel!.trim()}”` }).click();
    await poll(() => visibleRows().count()).toBe(withoutYear);
    expect(query()).toBe(`?programme=${slug}`);
    expect(await page.locator('.explorer-empty').count()).toBe(0);
    await open(`?programme=${slug}&year=${year}`);
    await poll(() => visibleRows().count()).toBe(0);
    await page.getByRole('button', { name: 'Wyczyść wszystkie filtry' }).click();
    // Nothing filtered: back to this page of the table as built.
    await poll(() => status().textContent()).toBe(pageText(1));
    expect(await visibleRows().count()).toBe(EXPLORER_PAGE_SIZE);
    expect(query()).toBe('');
  });

  it('keeps filters and sort together in the URL, and the reset button clears the filters', async () => {
    const slug = indicators.at(-1)!.programme;
    await open(`?programme=${slug}&sort=unit&order=desc`);
    expect(await page.locator('indicator-explorer thead th[aria-sort="descending"]').textContent()).toContain('Jednostka');
    await poll(() => status().textContent()).toBe(countText(countWhere((r) => r.programme === slug)));
    await page.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await poll(() => visibleRows().count()).toBe(total);
    expect(await status().textContent()).toBe(countText(total));
    expect(query()).toBe('?sort=unit&order=desc');
  });

  it('passes axe when filtered and sorted, and reflows at 320 px', async () => {
    const slug = indicators[0]!.programme;
    await open(`?programme=${slug}&sort=goal`);
    await poll(() => status().textContent()).toBe(countText(countWhere((r) => r.programme === slug)));
    await page.evaluate(AXE); // as DevTools does: the page's own policy forbids inline scripts
    const violations = await page.evaluate(async (tags) => {
      type Axe = { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => String(n.target)) }));
    }, AXE_TAGS);
    expect(violations).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('explorer on a 360 px phone', () => {
  /** Each row's box and every cell's text inside the screen; each cell names its column in a visible label. */
  const layout = () =>
    page.evaluate(() => {
      const doc = document.documentElement;
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('indicator-explorer tbody tr')].map((tr) => {
        const box = tr.getBoundingClientRect();
        const cells = [...tr.cells].map((c) => ({
          clipped: c.scrollWidth > c.clientWidth + 1,
          label: getComputedStyle(c, '::before').content,
          name: c.dataset.l ?? '',
          text: (c.textContent ?? '').trim(),
          right: c.getBoundingClientRect().right,
        }));
        return { left: box.left, right: box.right, cells };
      });
      const scroll = document.querySelector<HTMLElement>('indicator-explorer .table-scroll')!;
      return {
        overflow: doc.scrollWidth - doc.clientWidth,
        tableOverflow: scroll.scrollWidth - scroll.clientWidth,
        width: doc.clientWidth,
        rows,
      };
    });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('%s: rows are stacks of "column: value" lines, nothing scrolls sideways', async (_, js) => {
    await open('', js, '/wskazniki/', 360);
    const { overflow, tableOverflow, width, rows } = await layout();
    expect(overflow).toBeLessThanOrEqual(0);
    expect(tableOverflow).toBeLessThanOrEqual(0);
    expect(rows.length).toBe(EXPLORER_PAGE_SIZE);
    for (const row of rows) {
      expect(row.left).toBeGreaterThanOrEqual(0);
      expect(row.right).toBeLessThanOrEqual(width);
      for (const cell of row.cells) {
        expect(cell.clipped, cell.text).toBe(false);
        expect(cell.right).toBeLessThanOrEqual(width);
        // The label is drawn from data-l; a cell with nothing to say draws no label.
        if (cell.name && cell.text) expect(cell.label).toContain(cell.name);
        if (!cell.text) expect(cell.label).toBe('none');
      }
    }
  });

  it('keeps the table a table for screen readers: a row header and a cell per column on every row', async () => {
    await open('', true, '/wskazniki/', 360);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
    const count = (role: string) => nodes.filter((n) => n.role?.value === role).length;
    const columns = await page.locator('indicator-explorer thead th').count();
    expect(count('rowheader')).toBe(EXPLORER_PAGE_SIZE);
    expect(count('cell')).toBe(EXPLORER_PAGE_SIZE * (columns - 1));
  });

  it('offers the sort buttons as one wrapped line, and a filter still fits the screen', async () => {
    await open('', true, '/wskazniki/', 360);
    const buttons = page.locator('indicator-explorer thead button');
    expect(await buttons.count()).toBe(8);
    for (const box of await buttons.evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(360);
    await page.getByLabel('Słowa w nazwie wskaźnika', { exact: true }).fill(fold(indicators[0]!.label.split(/\s+/)[0]!));
    await poll(() => status().textContent()).toMatch(/^Wyświetlono/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
