// A keyboard-only user reaches help for each need in three steps from the home page:
// the need on the home page → its section on /pomoc/ → an institution's page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { NEEDS } from '../../src/lib/help.ts';

const site = useSite();
let page: Page;
beforeAll(async () => {
  page = await site.page();
});

/** Presses Tab until the focused element matches, like a keyboard user looking for a link. */
async function tabTo(selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('help for each need in three steps, by keyboard', () => {
  it.each(NEEDS.map((n) => [n.id]))('%s', async (id) => {
    await page.goto(`${site.url}/`);
    await tabTo(`a[href="/pomoc/#${id}"]`); // step 1: the need, on the home page
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/pomoc/#${id}`);
    const section = page.locator(`section:has(> h2#${id})`);
    expect(await section.count()).toBe(1);
    const institutions = section.locator('a[href^="/pomoc/"]');
    if ((await institutions.count()) === 0) {
      // No institution in the sources gives this help: the section says so and names 112.
      expect(await section.textContent()).toContain('112');
      return;
    }
    const href = await institutions.first().getAttribute('href');
    await tabTo(`section:has(> h2#${id}) a[href="${href}"]`); // step 2: on /pomoc/, Tab moves on from the need's section
    await page.keyboard.press('Enter'); // step 3: the institution's page
    await page.waitForURL(`**${href}`);
    expect((await page.locator('h1').textContent())?.trim().length).toBeGreaterThan(3);
  });
});
