// Screenshots of built pages as readers see them: each path at 360 px and 1280 px, full page,
// from the built site (dist/, or MIERNIK_OUT) served locally. For reviewing a change by eye.
//
//   npm run build && npm run screenshots -- /pomoc/ /wskazniki/serie/poradnictwo-porady/
//   → shots/pomoc-360.png, shots/pomoc-1280.png, … (SHOTS_DIR to write elsewhere)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSite } from './lib/browser.ts';
import { DIST } from './lib/dist.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('Podaj ścieżki stron, np.: npm run screenshots -- /pomoc/ /wskazniki/');
  process.exit(2);
}
const out = resolve(process.env.SHOTS_DIR ?? 'shots');
mkdirSync(out, { recursive: true });
const site = await openSite(DIST);
try {
  for (const path of paths) {
    for (const width of [360, 1280]) {
      // Reduced motion: charts are drawn at once, not caught halfway through their animation.
      const context = await site.browser.newContext({ viewport: { width, height: 800 }, locale: 'pl-PL', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      // Charts draw when they come into view: bring each one there and wait until it is drawn.
      for (const chart of await page.locator('miernik-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
        await page
          .waitForFunction(
            (el) => el.getAttribute('data-state') !== 'loading' && el.getAttribute('data-state') !== 'waiting',
            await chart.elementHandle(),
            { timeout: 10_000 },
          )
          .catch(() => undefined);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = (path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'index') + `-${width}.png`;
      await page.screenshot({ path: resolve(out, name), fullPage: true });
      console.log(resolve(out, name));
      await context.close();
    }
  }
} finally {
  await site.close();
}
