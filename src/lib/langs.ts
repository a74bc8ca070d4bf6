// Which pages exist in which language, and their addresses. Polish is at the root; /uk/ and /en/
// hold the resident's path under the same Polish slugs (/uk/pomoc/<institution>/), so a page's
// other languages are its path with the prefix swapped. Only these routes are translated: help,
// institutions, safety, search, the accessibility statement, 404, the home page and each
// programme's summary (documents themselves stay Polish).
import { TRANSLATED_LANGS, type PageLang, type TranslatedLang } from './translations.ts';
import { pathInSite, sitePath } from './urls.ts';

export const LANGS: readonly PageLang[] = ['pl', ...TRANSLATED_LANGS];

/** BCP 47 tags for <html lang>, hreflang and og:locale. */
export const OG_LOCALE: Record<PageLang, string> = { pl: 'pl_PL', uk: 'uk_UA', en: 'en_GB' };

const isTranslatedLang = (s: string | undefined): s is TranslatedLang => (TRANSLATED_LANGS as readonly string[]).includes(s ?? '');

/** The language of a page from its URL (with the base path) or site path: its first segment, or Polish. */
export function langOf(url: string): PageLang {
  const path = pathInSite(url) ?? url;
  const first = path.split('/')[1];
  return isTranslatedLang(first) ? first : 'pl';
}

/** The Polish site path of a page in any language: '/uk/pomoc/' → '/pomoc/'. */
export function polishPathOf(url: string): string {
  const path = pathInSite(url) ?? url;
  const lang = langOf(path);
  return lang === 'pl' ? path : path.slice(lang.length + 1);
}

/** Polish site paths that have a Ukrainian and an English page. */
const TRANSLATED_ROUTES: readonly RegExp[] = [
  /^\/$/,
  /^\/pomoc\/$/,
  /^\/pomoc\/[^/]+\/$/,
  /^\/bezpieczenstwo\/$/,
  /^\/szukaj\/$/,
  /^\/deklaracja-dostepnosci\/$/,
  /^\/programy\/[^/]+\/$/,
];

/** Does a Polish site path have its Ukrainian and English pages? */
export const isTranslated = (polishPath: string) => TRANSLATED_ROUTES.some((r) => r.test(polishPath));

/** A Polish URL made by urls.ts (base path included, '#' kept) in a language: '/pomoc/#teraz' → '/uk/pomoc/#teraz'. */
export function inLang(lang: PageLang, polishUrl: string): string {
  if (lang === 'pl') return polishUrl;
  const path = pathInSite(polishUrl) ?? polishUrl;
  return sitePath(`/${lang}${path}`);
}

/** The home page of a language. */
export const homeOf = (lang: PageLang) => inLang(lang, sitePath('/'));

export interface Alternate {
  lang: PageLang | 'x-default';
  href: string;
}

/** hreflang alternates of a page (its own language included, x-default = Polish), or none when it has no translations. */
export function alternatesOf(url: string): Alternate[] {
  const polish = polishPathOf(url);
  if (!isTranslated(polish)) return [];
  const polishUrl = sitePath(polish);
  return [...LANGS.map((lang) => ({ lang, href: inLang(lang, polishUrl) })), { lang: 'x-default', href: polishUrl }];
}

export interface SwitchLink {
  lang: PageLang;
  href: string;
  /** False when the page has no version in that language and the link goes to its home page. */
  samePage: boolean;
}

/** The language switcher's links from a page: the same page in each other language, or that language's home. */
export function switchLinks(url: string): SwitchLink[] {
  const here = langOf(url);
  const polish = polishPathOf(url);
  const translated = isTranslated(polish);
  // Every /uk/ and /en/ page but 404 has its Polish page; the 404 pages lead home.
  return LANGS.filter((lang) => lang !== here).map((lang) => ({
    lang,
    href: translated ? inLang(lang, sitePath(polish)) : homeOf(lang),
    samePage: translated,
  }));
}

/** getStaticPaths of a page under /uk/ and /en/. */
export const translatedLangPaths = () => TRANSLATED_LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
