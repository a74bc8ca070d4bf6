// Debian's Chromium driven by playwright-core. Never downloads a browser build.
import { chromium, type Browser } from 'playwright-core';

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
