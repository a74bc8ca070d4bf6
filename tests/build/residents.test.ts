// What a resident in danger relies on, checked on the built site: a number to call on every page,
// /pomoc/'s first screen, help ordered by how directly it helps, the helplines exactly as their
// facts state them, institution pages that say when they have no number, and help pages' weight.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { DIST, htmlPages, readDist } from '../../scripts/lib/dist.ts';
import { PLAIN_TOTAL, kb, weighPages } from '../support/budgets.ts';
import { helplines as helplinesSchema } from '../../src/schemas/helpline.ts';
import { institution as institutionSchema } from '../../src/schemas/institution.ts';

const helplines = helplinesSchema.parse(parse(readFileSync('content/helplines.yaml', 'utf8')));
const dom = (path: string) => parseHtml(readDist(path));
const tels = (path: string) =>
  dom(path)
    .querySelectorAll('a[href^="tel:"]')
    .map((a) => a.getAttribute('href'));
const text = (el: { textContent: string }) => el.textContent.replace(/\s+/g, ' ').trim();

describe('a number to call on every page', () => {
  const pages = htmlPages();
  it.each(pages.filter((p) => !p.startsWith('pagefind/')).map((p) => [p]))('%s has tel: links to 112 and to a helpline', (path) => {
    const links = tels(path);
    expect(links).toContain('tel:112');
    expect(links.some((h) => h !== 'tel:112')).toBe(true);
  });
});

describe('/pomoc/', () => {
  const page = dom('pomoc/index.html');
  const main = page.querySelector('main')!;

  it('its first screen (first 1 500 bytes of <main> text) has a number to call and a 24-hour address', () => {
    const first = Buffer.from(text(main)).subarray(0, 1500).toString();
    expect(first).toContain('112');
    expect(first).toContain('800 120 002');
    expect(first).toMatch(/Adres: ul\. Radziwiłłowska 8b\. Kiedy: całodobowo/);
  });

  it('opens with three answers: in danger now, want to talk, help for a child / senior / person with a disability', () => {
    const headings = main.querySelectorAll('section.answer > h2').map(text);
    expect(headings.slice(0, 3)).toEqual([
      'Jestem w niebezpieczeństwie teraz',
      'Chcę porozmawiać',
      'Szukam pomocy dla dziecka, seniora lub osoby z niepełnosprawnością',
    ]);
    const now = main.querySelectorAll('section.answer')[0]!;
    expect(now.getAttribute('aria-labelledby')).toBe('teraz');
    expect(now.querySelectorAll('a[href^="tel:"]')[0]!.getAttribute('href')).toBe('tel:112');
  });

  it('orders each answer by how directly the places help, as declared in content, each place once', () => {
    for (const section of main.querySelectorAll('section.answer')) {
      const names = section.querySelectorAll('.help-item a').map((a) => a.getAttribute('href'));
      expect(new Set(names).size, section.id).toBe(names.length);
    }
    const now = main
      .querySelectorAll('section.answer')[0]!
      .querySelectorAll('.help-item a')
      .map((a) => a.getAttribute('href'));
    // The 24-hour places (rank 1) before the police (rank 2): not alphabetical, not file order.
    expect(now.indexOf('/pomoc/oik-krakow/')).toBeLessThan(now.indexOf('/pomoc/kmp-krakow/'));
    expect(now.indexOf('/pomoc/sow-krakow/')).toBeLessThan(now.indexOf('/pomoc/kmp-krakow/'));
    const forKids = main
      .querySelectorAll('section.answer')[2]!
      .querySelectorAll('.help-item a')
      .map((a) => a.getAttribute('href'));
    expect(forKids[0]).toBe('/pomoc/mops-krakow/');
    // Listed only as an implementer of a programme: in no answer.
    expect(main.querySelectorAll('section.answer .help-item a[href="/pomoc/biblioteka-krakow/"]')).toHaveLength(0);
  });

  it('publishes every helpline exactly as its facts state: number, source, checked-on date, hours and cost only where stated', () => {
    const sources = text(page.getElementById('zrodla-numerow')!.parentNode!);
    for (const h of helplines) {
      expect(sources).toContain(h.number);
      expect(sources).toContain(h.source.slice(0, 40));
    }
    expect(sources).toContain('sprawdzono 1 grudnia 2026');
    const item = (number: string) => main.querySelectorAll('.helplines li').find((li) => text(li).startsWith(number))!;
    expect(text(item('800 120 002'))).toMatch(/bezpłatna, całodobowa/);
    for (const silent of ['116 111', '116 123']) expect(text(item(silent))).not.toMatch(/bezpłat|całodob|godzin|czynn/);
    expect(helplines[0]!.number).toBe('112');
  });
});

describe('institution pages', () => {
  const files = htmlPages().filter((p) => /^pomoc\/[^/]+\/index\.html$/.test(p));
  it.each(files.map((f) => [f]))('%s: says when no number is given and points to the helplines', (path) => {
    const id = path.split('/')[1]!;
    const data = institutionSchema.parse(parse(readFileSync(`content/institutions/${id}.yaml`, 'utf8')));
    const main = dom(path).querySelector('main')!;
    if (data.phone) return expect(main.querySelector(`a[href="tel:${data.phone.replace(/\D/g, '')}"]`)).not.toBeNull();
    expect(text(main)).toContain('Dokument źródłowy nie podaje numeru telefonu tej instytucji');
    expect(main.querySelectorAll('a[href="tel:800120002"]').length).toBeGreaterThan(0);
  });
});

describe('page furniture is not indexed', () => {
  it('the emergency notice, the table of contents and the last-change line are marked data-pagefind-ignore', () => {
    const home = dom('index.html');
    expect(home.querySelector('aside.emergency')!.getAttribute('data-pagefind-ignore')).toBe('all');
    const programme = dom('programy/krakow-przemoc-domowa-2024-2030/index.html');
    expect(programme.querySelector('nav.toc')!.getAttribute('data-pagefind-ignore')).toBe('all');
  });
});

describe('long pages', () => {
  it('the programme page has a table of contents to its sections and folds the document’s text in <details>', () => {
    const page = dom('programy/krakow-przemoc-domowa-2024-2030/index.html');
    const toc = page.querySelector('nav.toc')!;
    const targets = toc.querySelectorAll('a').map((a) => a.getAttribute('href')!.slice(1));
    expect(targets.length).toBeGreaterThan(5);
    for (const id of targets) expect(page.getElementById(id), id).not.toBeNull();
    const details = page.querySelector('details.full-text')!;
    expect(details.hasAttribute('open')).toBe(false);
    const chapters = details.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href')!.slice(1));
    expect(chapters.length).toBeGreaterThan(5);
    for (const id of chapters) expect(details.querySelector(`[id="${id}"]`), id).not.toBeNull();
  });
});

describe('institution pages stay short', () => {
  it('the actions a programme plans for an institution are folded in <details>, below what a resident needs', () => {
    const main = dom('pomoc/mops-krakow/index.html').querySelector('main')!;
    const details = main.querySelector('details.folded')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelectorAll('article.action').length).toBeGreaterThan(3);
    expect(main.querySelectorAll('article.action').length).toBe(details.querySelectorAll('article.action').length);
    const html = main.toString();
    expect(html.indexOf('Gdzie pomaga')).toBeLessThan(html.indexOf('<details'));
  });
});

describe('help pages stay light', () => {
  const weights = weighPages(DIST).filter((p) => p.page.startsWith('pomoc/'));
  it(`every help page transfers at most ${kb(PLAIN_TOTAL)} gzip, scripts included`, () => {
    expect(weights.length).toBeGreaterThan(5);
    const over = weights.filter((p) => p.weight.total.gzip > PLAIN_TOTAL).map((p) => `${p.page}: ${kb(p.weight.total.gzip)}`);
    expect(over).toEqual([]);
  });
});
