// What search engines are told: every page is in the sitemap and has a canonical link, except the
// pages below, which carry <meta name="robots" content="noindex"> instead. robots.txt lets every
// crawler in and names the sitemap when the site's address (SITE_URL) is known.
import { NOT_FOUND_PATH, pages, pathInSite } from './urls.ts';
import { TRANSLATED_LANGS } from './translations.ts';

/**
 * Site paths (without the base path) kept out of search engines: the search page shows whatever
 * was asked, and the 404 page stands in for any address that has no page.
 */
const OWN = [pathInSite(pages.search)!, NOT_FOUND_PATH];
/** The same in each translated language (/uk/szukaj/, /en/404/; src/lib/langs.ts). */
export const NOT_FOR_SEARCH_ENGINES = [...OWN, ...TRANSLATED_LANGS.flatMap((lang) => OWN.map((path) => `/${lang}${path}`))];

/** Whether the page at this site path (without the base path) is for search engines. */
export const forSearchEngines = (path: string) => !NOT_FOR_SEARCH_ENGINES.includes(path.endsWith('/') ? path : `${path}/`);

/**
 * The sitemap's filter for a site under `base` ('/' or '/miernik/'): pages only (with trailingSlash
 * 'always' every page's URL ends in '/'; endpoints such as /robots.txt or /dane/*.csv do not), and
 * only those for search engines.
 */
export const sitemapFilter = (base: string) => (url: string) => {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && pathname.startsWith(base) && forSearchEngines(`/${pathname.slice(base.length)}`);
};

/** robots.txt: every crawler may read every page; the sitemap's absolute URL when it is known. */
export function robotsTxt(sitemap?: URL): string {
  return ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap.href}`] : []), ''].join('\n');
}
