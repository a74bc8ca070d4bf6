// The Ukrainian and English pages (issue 20), checked on the built site: every page has its
// language, hreflang alternates that resolve to built pages and point back, no Polish interface
// string (computed from the dictionaries) outside the parts marked lang="pl", and the help pages
// carry 112 and every national helpline.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse } from 'yaml';
import { DIST, htmlPages, readDist } from '../../scripts/lib/dist.ts';
import { t as pl } from '../../src/i18n/pl.ts';
import { uk } from '../../src/i18n/uk.ts';
import { en } from '../../src/i18n/en.ts';
import type { ResidentDictionary } from '../../src/i18n/resident.ts';
import { helplines as helplinesSchema } from '../../src/schemas/helpline.ts';
import { checkContent } from '../../scripts/check/checkContent.ts';
import { resolve } from 'node:path';

const LANGS = { uk, en } as const;
const helplines = helplinesSchema.parse(parse(readFileSync('content/helplines.yaml', 'utf8')));
const institutions = readdirSync('content/institutions')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const programmes = readdirSync('content/programmes', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const dom = (path: string) => parseHtml(readDist(path));
/**
 * The content's own translations in a language (institution descriptions and help lines, helpline
 * purposes, programme and goal summaries): text of content, not of the interface — a Polish name
 * they quote ("Krakowski Telefon Zaufania") is not a Polish interface string left untranslated.
 */
const raw = checkContent(resolve('content')).raw;
const stringsIn = (x: unknown): string[] =>
  typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(stringsIn) : [];
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const contentVariants = (lang: string) =>
  [...raw.institutions, ...raw.programmes, ...raw.goals, ...helplines.map((h) => ({ data: h }))]
    .flatMap((e) => stringsIn((e.data as { translations?: Record<string, unknown> }).translations?.[lang]))
    .map(fold)
    .sort((a, b) => b.length - a.length);
/** The built file of a site path ('/uk/pomoc/' → 'uk/pomoc/index.html'). */
const fileOf = (href: string) => `${new URL(href, 'http://x').pathname.replace(/^\//, '')}index.html`;

/**
 * Every fixed text of the resident's Polish dictionary that its translation words differently:
 * strings as they are, functions by the parts around their arguments; short ones (under 4 letters)
 * are left out, being parts of other words.
 */
function polishStrings(plDict: unknown, other: unknown, out: string[] = []): string[] {
  if (typeof plDict === 'string') {
    if (plDict !== other) out.push(...plDict.split(/\{[a-z]+\}/));
  } else if (typeof plDict === 'function') {
    const args = Array.from({ length: plDict.length }, () => '\u0000');
    const a = String((plDict as (...x: unknown[]) => unknown)(...args));
    const b = typeof other === 'function' ? String((other as (...x: unknown[]) => unknown)(...args)) : '';
    if (a !== b) out.push(...a.split('\u0000'));
    if (plDict.length === 1)
      out.push(
        String((plDict as (n: number) => unknown)(2))
          .replace(/2/g, '\u0000')
          .split('\u0000')[0]!,
      );
  } else if (plDict && typeof plDict === 'object') {
    for (const [k, v] of Object.entries(plDict)) polishStrings(v, (other as Record<string, unknown> | undefined)?.[k], out);
  }
  return out.map((s) => s.trim()).filter((s) => s.replace(/[^\p{L}]/gu, '').length >= 4);
}
const residentKeys = Object.keys(uk) as (keyof ResidentDictionary)[];
const polishOf = (lang: keyof typeof LANGS) => [
  ...new Set(polishStrings(Object.fromEntries(residentKeys.map((k) => [k, pl[k]])), LANGS[lang])),
];

/** The page's shown text and labels outside the parts marked as Polish and the language switcher (which names each language in itself). */
function shownText(root: HTMLElement): string {
  const body = root.querySelector('body')!.clone() as HTMLElement;
  for (const el of body.querySelectorAll('[lang="pl"], [hidden], .lang-switch, script, style')) el.remove();
  const attrs = body
    .querySelectorAll('*')
    .flatMap((el) => ['aria-label', 'title', 'data-remaining', 'data-leaving', 'alt'].map((a) => el.getAttribute(a) ?? ''));
  return `${body.textContent} ${attrs.join(' ')}`.replace(/\s+/g, ' ');
}
const wordRe = (s: string) => new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');

const expected = (lang: string) => [
  `${lang}/index.html`,
  `${lang}/pomoc/index.html`,
  ...institutions.map((i) => `${lang}/pomoc/${i}/index.html`),
  `${lang}/bezpieczenstwo/index.html`,
  `${lang}/szukaj/index.html`,
  `${lang}/deklaracja-dostepnosci/index.html`,
  `${lang}/404/index.html`,
  ...programmes.map((p) => `${lang}/programy/${p}/index.html`),
];

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])('/%s/', (lang) => {
  const pages = htmlPages().filter((p) => p.startsWith(`${lang}/`));
  const polish = polishOf(lang);

  it('has the resident path: home, help, every institution, safety, search, accessibility, 404, every programme in short — and nothing else', () => {
    expect(pages.sort()).toEqual(expected(lang).sort());
  });

  it('the Polish dictionary gives strings to look for (the check below can fail)', () => {
    expect(polish).toContain(pl.quickExit.label);
    expect(polish).toContain(pl.help.needs.teraz);
    expect(polish.length).toBeGreaterThan(100);
  });

  it.each(expected(lang).map((p) => [p]))('%s: <html lang>, alternates, switcher, no Polish UI string, 112', (page) => {
    const root = dom(page);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe(lang);
    // No interface string of the Polish dictionary outside the parts marked lang="pl" and the content's translations.
    const shown = fold(shownText(root));
    const variants = contentVariants(lang).filter((v) => shown.includes(v));
    // Help pages show the content's translations (every real text is translated): the set is not empty there.
    if (page.includes('/pomoc/')) expect(variants.length, page).toBeGreaterThan(0);
    const text = variants.reduce((left, v) => left.split(v).join(' | '), shown);
    expect(polish.filter((s) => wordRe(s).test(text))).toEqual([]);
    // The emergency number on every page.
    expect(root.querySelectorAll('a[href="tel:112"]').length).toBeGreaterThan(0);
    // The switcher: the other languages, each link marked with its language.
    const switcher = root.querySelectorAll('.lang-switch a');
    expect(switcher.map((a) => a.getAttribute('hreflang')).sort()).toEqual(['pl', 'uk', 'en'].filter((l) => l !== lang).sort());
    for (const a of switcher) expect(a.getAttribute('lang')).toBe(a.getAttribute('hreflang'));
    if (page.endsWith('404/index.html')) return;
    // Alternates: pl, uk, en and x-default, each a built page listing the same alternates.
    const alternates = root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l): [string, string] => [l.getAttribute('hreflang')!, l.getAttribute('href')!]);
    expect(alternates.map(([l]) => l).sort()).toEqual(['en', 'pl', 'uk', 'x-default']);
    expect(Object.fromEntries(alternates)[lang]).toBe(`/${page.replace(/index\.html$/, '')}`);
    for (const [, href] of alternates) {
      expect(existsSync(join(DIST, fileOf(href))), href).toBe(true);
      const back = dom(fileOf(href))
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l): [string, string] => [l.getAttribute('hreflang')!, l.getAttribute('href')!]);
      expect(back.sort()).toEqual([...alternates].sort());
    }
    // The switcher keeps the page: each link is the alternate of its language.
    for (const a of switcher) expect(a.getAttribute('href')).toBe(Object.fromEntries(alternates)[a.getAttribute('hreflang')!]);
  });

  it('the help page lists 112 and every national helpline as tel: links, with the purpose in the page language where content has it', () => {
    const root = dom(`${lang}/pomoc/index.html`);
    const tels = new Set(root.querySelectorAll('main a[href^="tel:"]').map((a) => a.getAttribute('href')));
    for (const h of helplines) expect(tels, h.number).toContain(`tel:${h.number.replace(/\s/g, '')}`);
    // Names stay Polish and are marked so.
    const names = root.querySelectorAll('main .helplines__name');
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n.getAttribute('lang')).toBe('pl');
  });

  it('an institution page keeps the facts in Polish, marked lang="pl"', () => {
    const root = dom(`${lang}/pomoc/oik-krakow/index.html`);
    expect(root.querySelector('h1')!.getAttribute('lang')).toBe('pl');
    const dds = root.querySelectorAll('dl.facts dd[lang="pl"]').map((d) => d.textContent);
    expect(dds.join(' ')).toContain('Radziwiłłowska');
  });
});

describe('Polish pages', () => {
  it('a translated page has alternates; a document page has none and its switcher leads to each language’s home, saying so', () => {
    const help = dom('pomoc/index.html');
    expect(help.querySelector('html')!.getAttribute('lang')).toBe('pl');
    expect(help.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(4);
    const goal = dom(htmlPages().find((p) => /^programy\/[^/]+\/cele\/[^/]+\/index\.html$/.test(p))!);
    expect(goal.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
    const links = goal.querySelectorAll('.lang-switch a');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(['/en/', '/uk/']);
    for (const a of links) expect(a.textContent).toContain(LANGS[a.getAttribute('lang') as keyof typeof LANGS].languages.homeOnly);
  });

  it('the root 404 page offers the Ukrainian and English home pages', () => {
    const root = dom('404.html');
    const hrefs = root.querySelectorAll('main a[hreflang]').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/uk/', '/en/', '/uk/pomoc/', '/en/pomoc/']));
  });

  it('Pagefind keeps one index per language', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pl', 'uk']);
    // Indexed: every translated page but search and 404.
    expect(entry.languages.uk!.page_count).toBe(expected('uk').length - 2);
  });
});
