// The easy-to-read pages on the built site: one per programme, each with the helplines and 112 as
// tel: links, its sentences within the limit (computed from the page's own text), headings as
// questions, links that resolve, and the links that lead to the pages.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseHtml, HTMLElement } from 'node-html-parser';
import { parse } from 'yaml';
import { DIST, readDist } from '../../scripts/lib/dist.ts';
import { helplines as helplinesSchema } from '../../src/schemas/helpline.ts';
import { MAX_SENTENCE_WORDS, sentences, textProblems, words } from '../../src/lib/easyRead.ts';

const helplines = helplinesSchema.parse(parse(readFileSync('content/helplines.yaml', 'utf8')));
const programmes = readdirSync('content/programmes');
const etrPages = ['latwy-tekst/index.html', ...programmes.map((p) => `latwy-tekst/${p}/index.html`)];
const main = (path: string) => parseHtml(readDist(path)).querySelector('main')!;
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
const text = (el: HTMLElement) => fold(el.textContent);
/** An element's text with its inline parts apart ("800 120 002", "Niebieska Linia"), phone links left out. */
const readText = (el: HTMLElement): string =>
  fold(
    el.childNodes
      .map((n) => (n instanceof HTMLElement ? (n.getAttribute('href')?.startsWith('tel:') ? '' : readText(n)) : n.textContent))
      .join(' '),
  );
/** The page's text blocks: what a reader reads as one unit (hidden search filters left out). */
const blocks = (path: string) =>
  main(path)
    .querySelectorAll('h1, h2, h3, p, li, dt, dd')
    .filter((el) => !el.closest('[hidden]'))
    .map(readText)
    .filter(Boolean);

let records: Map<string, string> | undefined;
/** Pagefind's records (dist/pagefind/fragment/*: gzip, "pagefind_dcd" then JSON): URL → content. */
const indexed = () =>
  (records ??= new Map(
    readdirSync(join(DIST, 'pagefind/fragment')).map((f) => {
      const json = gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      const { url, content } = JSON.parse(json) as { url: string; content: string };
      return [url, content];
    }),
  ));

describe('every programme has its easy-to-read page, linked both ways', () => {
  it.each(programmes.map((p) => [p]))('%s', (slug) => {
    expect(existsSync(join(DIST, `latwy-tekst/${slug}/index.html`))).toBe(true);
    const page = main(`latwy-tekst/${slug}/index.html`);
    expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/programy/${slug}/`);
    expect(page.querySelector('.easy-read__marker')?.textContent).toBe('Tekst łatwy do czytania');
    const programmePage = main(`programy/${slug}/index.html`);
    expect(programmePage.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/latwy-tekst/${slug}/`);
    expect(
      main('latwy-tekst/index.html')
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`/latwy-tekst/${slug}/`);
  });

  it('the home page and the footer of every page link to /latwy-tekst/', () => {
    expect(
      main('index.html')
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/latwy-tekst/');
    for (const path of ['index.html', 'pomoc/index.html', `programy/${programmes[0]}/index.html`]) {
      const footer = parseHtml(readDist(path)).querySelector('footer')!;
      expect(
        footer.querySelectorAll('a').map((a) => a.getAttribute('href')),
        path,
      ).toContain('/latwy-tekst/');
    }
  });
});

describe.each(etrPages.map((p) => [p]))('%s', (path) => {
  it('gives 112 first and every helpline of content/helplines.yaml as a tel: link showing its number', () => {
    const links = main(path).querySelectorAll('a[href^="tel:"]');
    expect(links[0]!.getAttribute('href')).toBe('tel:112');
    for (const h of helplines) {
      const link = links.find((a) => a.getAttribute('href') === `tel:${h.number.replace(/\D/g, '')}`);
      expect(link, h.number).toBeDefined();
      expect(text(link!)).toBe(h.number);
    }
  });

  it(`has no sentence over ${MAX_SENTENCE_WORDS} words, no parentheses, semicolons, percentages or big numbers`, () => {
    const found = blocks(path);
    expect(found.length).toBeGreaterThan(10);
    const long = found.flatMap(sentences).filter((s) => words(s).length > MAX_SENTENCE_WORDS);
    expect(long).toEqual([]);
    const refused = new Set(['parentheses', 'semicolon', 'percent', 'big-number', 'number-word']);
    const problems = found.flatMap((b) =>
      textProblems(b)
        .filter((p) => refused.has(p.rule))
        .map((p) => `${b}: ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('asks its section headings as questions', () => {
    const headings = main(path).querySelectorAll('h2').map(text);
    expect(headings.length).toBeGreaterThan(2);
    expect(headings.filter((h) => !h.endsWith('?'))).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const hrefs = main(path)
      .querySelectorAll('a[href^="/"]')
      .map((a) => a.getAttribute('href')!.split('#')[0]!);
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(existsSync(join(DIST, href, href.endsWith('/') ? 'index.html' : '')), href).toBe(true);
  });

  it('is in the search index: a Pagefind record of its URL holds its title', () => {
    const url = `/${path.replace(/index\.html$/, '')}`;
    const record = indexed().get(url);
    expect(record, url).toBeDefined();
    expect(record).toContain(text(main(path).querySelector('h1')!));
  });
});
