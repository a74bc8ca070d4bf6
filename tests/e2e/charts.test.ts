// Charts in a real browser (Debian Chromium): with JavaScript each figure gets a drawn canvas
// (role="img", labelled with the summary) when it scrolls into view, Chart.js is fetched only
// then, reduced motion turns animation off, forced colours draw in the system text colour;
// without JavaScript the summary and the table remain. Nothing is requested from another origin.
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const LINES = 'programy/krakow-przemoc-w-rodzinie-2017-2020/cele/1/';
const BARS = 'programy/krakow-przemoc-domowa-2024-2030/cele/i/';
const PROGRAMME = 'programy/krakow-przemoc-domowa-2024-2030/';
const NO_CHARTS = 'slownik/';

// Anything that would leave 127.0.0.1 is recorded and aborted before it reaches the network.
const site = useSite({ context: { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' }, offline: true });
const requested: string[] = [];
/** Console errors and uncaught exceptions, e.g. a Content-Security-Policy refusal of an inline style. */
const errors: string[] = [];

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.page(options);
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(`${site.url}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Scrolls each figure into view and waits until its chart is drawn. */
async function drawAll(page: Page): Promise<string[]> {
  const ids = await page.$$eval('figure.chart', (figures) => figures.map((f) => f.id));
  for (const id of ids) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${id} miernik-chart[data-state="rendered"]`, { timeout: 15_000 });
  }
  return ids;
}

/** Pixels of the canvas that are drawn, and how many of them are clearly coloured (not grey). */
const pixels = (page: Page, id: string) =>
  page.$eval(`#${id} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let drawn = 0;
    let coloured = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! === 0) continue;
      drawn++;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (data[i + 3]! > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    return { drawn, coloured, area: c.width * c.height, png: c.toDataURL('image/png').length };
  });

describe('charts with JavaScript', () => {
  it('draws every line chart of a goal page: canvas role="img", the summary as its label, the table still there', async () => {
    const page = await open(LINES);
    const ids = await drawAll(page);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const canvas = page.locator(`#${id} canvas`);
      await expect.poll(() => canvas.getAttribute('role')).toBe('img');
      const summary = (await page.locator(`#${id} .chart-summary`).textContent())!.trim();
      expect(await canvas.getAttribute('aria-label')).toBe(summary);
      const p = await pixels(page, id);
      expect(p.drawn, `${id} has drawn pixels`).toBeGreaterThan(p.area * 0.01);
      expect(p.coloured, `${id} has coloured lines`).toBeGreaterThan(50);
      expect(p.png).toBeGreaterThan(2000);
      expect(await page.locator(`#${id} table`).isVisible()).toBe(true);
    }
    await page.context().close();
  });

  it('draws bar charts: one-year comparisons, the budget and the results declaration', async () => {
    for (const path of [BARS, PROGRAMME]) {
      const page = await open(path);
      const ids = await drawAll(page);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect((await pixels(page, id)).drawn, id).toBeGreaterThan(500);
      await page.context().close();
    }
  });

  it('fetches Chart.js only when a chart comes near the viewport', async () => {
    const before = requested.length;
    const page = await open(PROGRAMME, { viewport: { width: 1024, height: 500 } });
    await page.waitForTimeout(500);
    const early = requested.slice(before);
    expect(early.some((u) => /\/_astro\/ChartFigure[^/]*\.js$/.test(u))).toBe(true);
    expect(
      early.some((u) => /chartRender/.test(u)),
      'Chart.js requested before any chart is near',
    ).toBe(false);
    expect(await page.locator('miernik-chart[data-state="rendered"]').count()).toBe(0);
    const [first] = await page.$$eval('figure.chart', (f) => f.map((x) => x.id));
    await page.locator(`#${first}`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${first} miernik-chart[data-state="rendered"]`);
    expect(requested.slice(before).some((u) => /chartRender/.test(u))).toBe(true);
    await page.context().close();
  });

  it('turns animation off with prefers-reduced-motion: reduce, and on otherwise', async () => {
    const reduced = await open(LINES, { reducedMotion: 'reduce' });
    const [id] = await drawAll(reduced);
    expect(await reduced.locator(`#${id} miernik-chart`).getAttribute('data-animation')).toBe('false');
    await reduced.context().close();
    const moving = await open(LINES, { reducedMotion: 'no-preference' });
    const [id2] = await drawAll(moving);
    expect(await moving.locator(`#${id2} miernik-chart`).getAttribute('data-animation')).toBe('true');
    await moving.context().close();
  });

  it('in forced colours draws in the system text colour only, and redraws when the mode changes', async () => {
    const page = await open(LINES, { forcedColors: 'active' });
    const [id] = await drawAll(page);
    const forced = await pixels(page, id!);
    expect(forced.drawn).toBeGreaterThan(forced.area * 0.01);
    expect(forced.coloured).toBe(0);
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(async () => (await pixels(page, id!)).coloured, { timeout: 10_000 }).toBeGreaterThan(50);
    await page.context().close();
  });

  it('a page without charts loads no chart script and no Chart.js', async () => {
    const before = requested.length;
    const page = await open(NO_CHARTS);
    await page.waitForTimeout(300);
    expect(requested.slice(before).filter((u) => /ChartFigure|chartRender/.test(u))).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    await page.context().close();
  });
});

describe('charts that cannot mislead (issue #21)', () => {
  const SERIES_TWO_TOWNS = 'wskazniki/serie/niebieskie-karty-prowadzone/';
  const SHARED = 'wskazniki/serie/program-korekcyjny-skierowani/';

  it('the Blue Card series of Kraków and Krasnystaw draws a labelled line per town, each on its own axis', async () => {
    const page = await open(SERIES_TWO_TOWNS);
    const ids = await drawAll(page);
    const legends = await Promise.all(ids.map((id) => page.locator(`#${id} miernik-chart`).getAttribute('data-legend')));
    const lines = legends.flatMap((l) => l!.split('\n'));
    // Two lines in all, one naming Kraków and one naming Krasnystaw; no line names both.
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('Kraków:'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('Krasnystaw:'))).toHaveLength(1);
    for (const id of ids) {
      const p = await pixels(page, id);
      expect(p.coloured, `${id} has a drawn line`).toBeGreaterThan(20);
      // The heading and summary name the chart's town.
      const town = (await page.locator(`#${id} miernik-chart`).getAttribute('data-legend'))!.split(':')[0]!;
      expect(await page.locator(`#${id} .chart-title`).textContent()).toContain(town);
      expect(await page.locator(`#${id} .chart-summary`).textContent()).toContain(town);
    }
    await page.context().close();
  });

  it('towns within 10× share one chart: two lines, each labelled with its town', async () => {
    const page = await open(SHARED);
    const [id, more] = await drawAll(page);
    expect(more).toBeUndefined();
    const lines = (await page.locator(`#${id} miernik-chart`).getAttribute('data-legend'))!.split('\n');
    expect(lines.map((l) => l.split(':')[0]).sort()).toEqual(['Kraków', 'Krasnystaw']);
    expect(await page.locator(`#${id} .chart-title`).textContent()).toContain('Kraków i Krasnystaw');
    await page.context().close();
  });

  it('years sit on a linear axis, and the axis text is at least 12 px', async () => {
    for (const path of [LINES, SERIES_TWO_TOWNS]) {
      const page = await open(path);
      const ids = await drawAll(page);
      for (const id of ids) {
        const chart = page.locator(`#${id} miernik-chart`);
        expect(await chart.getAttribute('data-x-scale'), id).toBe('linear');
        expect(Number(await chart.getAttribute('data-min-font')), id).toBeGreaterThanOrEqual(12);
      }
      await page.context().close();
    }
    const bars = await open(BARS);
    for (const id of await drawAll(bars)) {
      const chart = bars.locator(`#${id} miernik-chart`);
      expect(Number(await chart.getAttribute('data-min-font')), id).toBeGreaterThanOrEqual(12);
    }
    await bars.context().close();
  });
});

describe('charts without JavaScript', () => {
  it.each([LINES, BARS, PROGRAMME])('%s: no canvas; every figure keeps its heading, summary and table', async (path) => {
    const page = await open(path, { javaScriptEnabled: false });
    const figures = page.locator('figure.chart');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('canvas').count()).toBe(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      expect((await figure.locator('.chart-title').textContent())!.trim()).not.toBe('');
      expect((await figure.locator('.chart-summary').textContent())!.trim()).toMatch(/\.$/);
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});

describe('requests and errors', () => {
  it('no chart page asked anything of another origin', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((u) => !site.isLocal(u))).toEqual([]);
  });

  it("drawing raised no error (the site's Content-Security-Policy allows everything the charts do)", () => {
    expect(errors).toEqual([]);
  });
});
