// Debian's Chromium driven by playwright-core. Never downloads a browser build.
import { chromium, type Browser } from 'playwright-core';
import { start } from './server.ts';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A built site served on 127.0.0.1 (server.ts `start`) with a Chromium to visit it. */
export interface OpenSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** Serves `dir` (under `prefix`, as `start` does) and launches Chromium; if the launch fails, the server is closed again. */
export async function openSite(dir: string, prefix = '/'): Promise<OpenSite> {
  const served = await start(dir, prefix);
  let browser: Browser;
  try {
    browser = await launch();
  } catch (e) {
    await served.close();
    throw e;
  }
  return {
    url: served.url,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}
