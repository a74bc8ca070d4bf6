// Search as a resident on a cheap phone meets it: a fresh 360 × 740 page (cold cache) under
// Lighthouse's mobile throttling as DevTools applies it (Lighthouse's "devtools" throttling of its
// mobile preset: 562.5 ms round trip, 1 474.56 kbit/s down, 675 kbit/s up, CPU 4× slower), through
// the Chrome DevTools Protocol. Measured in the page, from navigation start: when the help answer's
// first tel: link appears, and when the first document result does.
import type { Browser } from 'playwright-core';

export const LIGHTHOUSE_MOBILE = { latency: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 } as const;

export interface ThrottledTimes {
  /** ms from navigation start to the help answer's first tel: link, or undefined when the query shows none. */
  help?: number;
  /** ms from navigation start to the first document result, or undefined when none came. */
  firstResult?: number;
}

export async function throttledSearch(browser: Browser, origin: string, query: string, timeout = 120_000): Promise<ThrottledTimes> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LIGHTHOUSE_MOBILE.latency,
      downloadThroughput: (LIGHTHOUSE_MOBILE.downloadKbps * 1024) / 8,
      uploadThroughput: (LIGHTHOUSE_MOBILE.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: LIGHTHOUSE_MOBILE.cpu });
    await page.goto(`${origin}/szukaj/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    // Polled every frame in the page; performance.now() counts from the navigation's start.
    const when = (selector: string) =>
      page
        .waitForFunction((s) => (document.querySelector(s) ? performance.now() : false), selector, { polling: 'raf', timeout })
        .then((h) => h.jsonValue() as Promise<number>);
    const help = when('[data-help] a[href^="tel:"]');
    const firstResult = when('[data-results] li');
    // A query without a help answer never shows one: its time is whatever the results took.
    const [r, h] = await Promise.all([
      firstResult.catch(() => undefined),
      Promise.race([help, firstResult.then(() => undefined)]).catch(() => undefined),
    ]);
    return { help: h === undefined ? undefined : Math.round(h), firstResult: r === undefined ? undefined : Math.round(r) };
  } finally {
    await context.close();
  }
}
