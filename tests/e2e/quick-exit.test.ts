// The quick exit in a real browser: click, Shift×3, Shift as a modifier does not count, other keys
// reset, the link works without JavaScript, and the page is blank before it navigates away.
// The exit target (another site) is answered by the test itself: no request leaves the machine.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { readDist } from '../../scripts/lib/dist.ts';

const exitUrl = /data-exit[^>]*href="([^"]+)"|href="([^"]+)"[^>]*data-exit/.exec(readDist('index.html'))!.slice(1).find(Boolean)!;
const exitHost = new URL(exitUrl).host;

// Each test's context is closed after it.
const site = useSite();
let page: Page;
let exitRequests: number;

async function openPage(javaScriptEnabled = true): Promise<void> {
  const context = await site.context({ javaScriptEnabled });
  exitRequests = 0;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === exitHost) {
      exitRequests += 1;
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Pogoda</title><p>Pogoda</p>' });
    }
    if (url.hostname !== '127.0.0.1') return route.abort();
    return route.continue();
  });
  page = await context.newPage();
  await page.goto(`${site.url}/pomoc/`);
}

const onExitPage = () => page.waitForURL((u) => u.host === exitHost, { timeout: 5000 });
const status = () => page.locator('[data-exit-status]').textContent();

describe('quick exit', () => {
  beforeEach(() => openPage());

  it('is a real link to a neutral page on another site, with rel nofollow noreferrer, on every page', async () => {
    const link = page.locator('quick-exit .quick-exit__link');
    expect(await link.getAttribute('rel')).toBe('nofollow noreferrer');
    expect(await link.textContent()).toBe('Wyjdź szybko');
    expect(exitUrl).toMatch(/^https:\/\//);
  });

  it('click: blanks the page at once, then leaves', async () => {
    // Record the page's state at the moment it starts navigating away.
    await page.exposeFunction('reportBlank', (blank: boolean) => (blankAtExit = blank));
    let blankAtExit: boolean | undefined;
    await page.evaluate(() => {
      window.addEventListener('beforeunload', () => {
        const w = window as unknown as { reportBlank(b: boolean): void };
        w.reportBlank(document.body.childElementCount === 0 && document.title === '');
      });
    });
    await page.click('quick-exit .quick-exit__link');
    await onExitPage();
    expect(blankAtExit).toBe(true);
    expect(exitRequests).toBe(1);
  });

  it('replaces the page in history, so Back does not return to it', async () => {
    const before = await page.evaluate(() => history.length);
    await page.click('quick-exit .quick-exit__link');
    await onExitPage();
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('Shift pressed three times leaves, counting down in a polite live region', async () => {
    expect(await page.locator('[data-exit-status]').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Shift');
    expect(await status()).toBe('Naciśnij Shift jeszcze 2 razy, aby wyjść ze strony.');
    await page.keyboard.press('Shift');
    expect(await status()).toBe('Naciśnij Shift jeszcze 1 raz, aby wyjść ze strony.');
    await page.keyboard.press('Shift');
    await onExitPage();
  });

  it('Shift presses show visible progress, not only to screen readers', async () => {
    const progress = page.locator('[data-exit-progress]');
    expect(await progress.isVisible()).toBe(false);
    const filled = () => page.locator('[data-exit-progress] .quick-exit__dots > span.is-on').count();
    await page.keyboard.press('Shift');
    expect(await progress.isVisible()).toBe(true);
    expect(await progress.textContent()).toContain('Naciśnij Shift jeszcze 2 razy');
    expect(await filled()).toBe(1);
    // Visible means on screen, inside the sticky bar, in a size one can read.
    const box = (await progress.boundingBox())!;
    expect(box.height).toBeGreaterThan(10);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Shift');
    expect(await filled()).toBe(2);
    expect(await progress.textContent()).toContain('jeszcze 1 raz');
    await page.keyboard.press('a');
    expect(await progress.isVisible()).toBe(false);
    expect(await filled()).toBe(0);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await onExitPage();
  });

  it('Shift used as a modifier (typing capitals) does not count', async () => {
    await page.focus('#szukaj-naglowek');
    await page.keyboard.press('Shift+K');
    await page.keyboard.press('Shift+R');
    await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).host).not.toBe(exitHost);
    expect(await page.inputValue('#szukaj-naglowek')).toBe('KRA');
    expect(await status()).toBe('');
  });

  it('another key between presses starts the count again', async () => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Tab');
    expect(await status()).toBe('');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).host).not.toBe(exitHost);
    expect(await status()).toBe('Naciśnij Shift jeszcze 2 razy, aby wyjść ze strony.');
  });

  it('a second exit link follows the skip link for keyboard and screen-reader users', async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#tresc');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-exit'))).toBe(true);
    await page.keyboard.press('Enter');
    await onExitPage();
  });

  it('is hidden in print', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('quick-exit')).toBe(false);
  });
});

describe('quick exit without JavaScript', () => {
  it('the link still leaves the page', async () => {
    await openPage(false);
    await page.click('quick-exit .quick-exit__link');
    await onExitPage();
    expect(exitRequests).toBe(1);
  });
});
