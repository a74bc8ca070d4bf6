// A resident in danger, on a 360 × 740 phone: a number to call without scrolling, one tap from the
// home page; anchors not hidden under the sticky bar; search that answers everyday words (with
// typos) with help first — from the phrase mapping, before the index answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';
import { NEEDS } from '../../src/lib/help.ts';

const PHONE = { width: 360, height: 740 };
const site = useSite({ context: { viewport: PHONE } });
let page: Page;

beforeAll(async () => {
  page = await site.page();
});

/** tel: links whose box lies wholly inside the viewport, with nothing scrolled. */
const telLinksInView = (p: Page) =>
  p.$$eval('a[href^="tel:"]', (links) =>
    links
      .filter((a) => {
        const r = a.getBoundingClientRect();
        const hidden = getComputedStyle(a).visibility === 'hidden' || r.width === 0;
        return !hidden && r.top >= 0 && r.bottom <= window.innerHeight && window.scrollY === 0;
      })
      .map((a) => a.getAttribute('href')),
  );

/** The bottom edge of the sticky quick-exit bar. */
const barBottom = (p: Page) => p.$eval('quick-exit', (bar) => bar.getBoundingClientRect().bottom);

describe('a number to call at 360 × 740', () => {
  it('the home page shows tel: links to 112 and a helpline without scrolling', async () => {
    await page.goto(`${site.url}/`);
    const visible = await telLinksInView(page);
    expect(visible).toContain('tel:112');
    expect(visible.some((h) => h !== 'tel:112')).toBe(true);
  });

  it('one tap from the home page reaches /pomoc/ with a tel: link in view, its heading clear of the sticky bar', async () => {
    await page.goto(`${site.url}/`);
    const link = page.locator('a[href="/pomoc/#teraz"]').first();
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height); // tappable without scrolling
    await link.click();
    await page.waitForURL('**/pomoc/#teraz');
    const heading = (await page.locator('#teraz').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(await barBottom(page));
    const inView = await page.$$eval('a[href^="tel:"]', (links) =>
      links
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        })
        .map((a) => a.getAttribute('href')),
    );
    expect(inView).toContain('tel:112');
  });

  it.each(NEEDS.map((n) => [n.id]))('the anchor #%s is not hidden under the sticky bar', async (id) => {
    await page.goto(`${site.url}/pomoc/#${id}`);
    const heading = (await page.locator(`#${id}`).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(await barBottom(page));
    expect(heading.y).toBeLessThan(PHONE.height / 2);
  });
});

/** Runs a search as a resident would and returns the help answer's and the results' links, in reading order. */
async function search(q: string, p = page) {
  await p.goto(`${site.url}/szukaj/?${new URLSearchParams({ q })}`);
  await p.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s !== '' && !s.startsWith('Szukam');
  });
  const links = await p.$$eval('[data-help] a[href]:not([href^="tel:"]), [data-results] li h3 a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  const tel = await p.$$eval('[data-help] a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
  const notice = (await p.locator('[data-notice]').isVisible()) ? await p.textContent('[data-notice]') : '';
  return { links, tel, notice };
}
const helpPage = (path: string) => path.startsWith('/pomoc/');

describe('search understands how residents ask', () => {
  it.each([
    'mąż mnie bije',
    'maz mnie bije',
    'partner mnie uderzył',
    'żona mnie bije',
    'bije mnie',
    'przemoc domowo',
    'przemoc w rodzinie',
    'gdzie zgłosić przemoc',
    'gdzie zglosic przemoc',
    'boję się wrócić do domu',
    'boje sie wrocic do domu',
    'nie mam gdzie spać',
    'nie mam gdzie spac',
    'psyholog',
    'chce z kims porozmawiac',
    'telefon zaufanja',
    'tata bije mamę',
    'ktoś krzywdzi dziecko',
    'przemoc wobec babci',
    'syn bije matkę',
    'biję żonę i chcę przestać',
    'nie panuje nad agresja',
    'nie mam pieniedzy',
    'schronisko',
    'schronienei',
    'porada prawna',
  ])('„%s”: a help page in the top 3, and numbers to call', async (q) => {
    const { links, tel } = await search(q);
    expect(links.slice(0, 3).some(helpPage), `top 3 for „${q}”: ${links.slice(0, 3).join(' ')}`).toBe(true);
    expect(tel.length).toBeGreaterThan(0);
  });

  it('a cry for help shows 112 first, before the index has answered', async () => {
    const slow = await site.context();
    // Pagefind never answers: the help answer must come from the mapping shipped with the page.
    await slow.route('**/pagefind/**', () => undefined);
    const p = await slow.newPage();
    await p.goto(`${site.url}/szukaj/?q=${encodeURIComponent('mąż mnie bije')}`);
    const first = p.locator('[data-help] a[href^="tel:"]').first();
    await first.waitFor({ state: 'visible', timeout: 5000 });
    expect(await first.getAttribute('href')).toBe('tel:112');
    expect(await p.textContent('[data-status]')).toMatch(/^Szukam/);
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await slow.close();
  });

  it('a word that finds nothing is corrected from the index’s own words, and the resident is told', async () => {
    const katry = await search('niebieskie katry');
    expect(katry.notice).toBe('Nie znaleźliśmy „niebieskie katry”. Pokazujemy wyniki dla „niebieskie karty”.');
    expect(katry.links.length).toBeGreaterThan(0);
    const town = await search('krasnystw');
    expect(town.notice).toBe('Nie znaleźliśmy „krasnystw”. Pokazujemy wyniki dla „krasnystaw”.');
    expect(town.links).toContain('/programy/krasnystaw-przemoc-w-rodzinie-2021-2030/');
  });

  it('words of a help topic that no document uses search the topic instead', async () => {
    const { notice, links } = await search('mąż mnie bije');
    expect(notice).toContain('Pokazujemy wyniki dla „przemoc domowa”');
    expect(links.length).toBeGreaterThan(3);
  });

  it('no results: says so, then helplines and links to /pomoc/ and /wskazniki/', async () => {
    const { links, tel } = await search('qwxzzyq');
    expect(await page.textContent('[data-status]')).toContain('Brak wyników');
    expect(tel).toContain('tel:112');
    expect(links).toEqual(expect.arrayContaining(['/pomoc/', '/wskazniki/']));
  });

  it('excerpts never begin with the page furniture', async () => {
    await search('przemoc');
    const excerpts = await page.$$eval('[data-results] li > p:last-child', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toMatch(/Jesteś w niebezpieczeństwie|Telefony pomocy|Ostatnia zmiana/);
  });

  it('without JavaScript the search page still gives the numbers', async () => {
    const nojs = await site.context({ javaScriptEnabled: false });
    const p = await nojs.newPage();
    await p.goto(`${site.url}/szukaj/?q=pomoc`);
    expect(await p.locator('[data-nojs] a[href="tel:112"]').isVisible()).toBe(true);
    await nojs.close();
  });
});
