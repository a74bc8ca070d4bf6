// Every internal URL in one place, so pages, the export and tests agree. Each carries the site's
// base path (src/config/base.ts): '/programy/…' at a domain's root, '/miernik/programy/…' under one.
import { configuredBase, normaliseBase } from '../config/base.ts';

/** The base path: Astro's own BASE_URL in pages and client scripts, the environment in the CLI scripts. */
export const BASE = normaliseBase(import.meta.env?.BASE_URL ?? configuredBase(globalThis.process?.env ?? {}));

/** A site path ('/pomoc/', '/dane/wskazniki.csv', '/') as a URL under the base path. */
export const sitePath = (path: string) => BASE + path.replace(/^\//, '');
/** The site path of a URL made by sitePath (what dist/ holds it under), or undefined outside the base. */
export const pathInSite = (url: string) => (url.startsWith(BASE) ? `/${url.slice(BASE.length)}` : undefined);

/** The part of a URL for a goal id: "I" → "i", "1" → "1" (an id of no ASCII letter or digit, "Ś", gives ''). */
export const goalSlug = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const programmeUrl = (slug: string) => sitePath(`/programy/${slug}/`);
export const goalUrl = (slug: string, goalId: string) => sitePath(`/programy/${slug}/cele/${goalSlug(goalId)}/`);
/** The id of an action's heading on its goal page ("dzialanie-1.2.1"). */
export const actionAnchor = (actionId: string) => `dzialanie-${actionId}`;
/** An action on its goal page: the goal's URL with the action's anchor. */
export const actionUrl = (slug: string, goalId: string, actionId: string) =>
  `${goalUrl(slug, goalId)}#${encodeURIComponent(actionAnchor(actionId))}`;
export const reportUrl = (slug: string, year: number) => sitePath(`/programy/${slug}/sprawozdania/${year}/`);
export const indicatorUrl = (slug: string, indicatorId: string) => sitePath(`/wskazniki/${slug}/${encodeURIComponent(indicatorId)}/`);
/** The path segment of an explorer table's further pages: /wskazniki/strona/2/, /wskazniki/<slug>/strona/2/. */
export const EXPLORER_PAGE_SEGMENT = 'strona';
const explorerPage = (page: number) => (page > 1 ? `${EXPLORER_PAGE_SEGMENT}/${page}/` : '');
/** The explorer of every indicator, page 1 at /wskazniki/, page N at /wskazniki/strona/N/. */
export const explorerUrl = (page = 1) => sitePath(`/wskazniki/${explorerPage(page)}`);
/** One programme's explorer, page 1 at /wskazniki/<slug>/, page N at /wskazniki/<slug>/strona/N/. */
export const programmeIndicatorsUrl = (slug: string, page = 1) => sitePath(`/wskazniki/${slug}/${explorerPage(page)}`);
export const institutionUrl = (id: string) => sitePath(`/pomoc/${id}/`);
export const municipalityUrl = (organisationId: string) => sitePath(`/gminy/${organisationId}/`);
export const dataUrl = (file: string) => sitePath(`/dane/${file}`);
/** Path of an indicator's own export file under /dane/ ("wskazniki/<programme>/<indicator>.csv"). */
export const indicatorDataPath = (programme: string, indicator: string, format: 'csv' | 'json') =>
  `wskazniki/${programme}/${indicator}.${format}`;
/** The URL of an indicator's own export file. */
export const indicatorDataUrl = (programme: string, indicator: string, format: 'csv' | 'json') =>
  dataUrl(indicatorDataPath(programme, encodeURIComponent(indicator), format));
/** A series' comparison page: the same measure across programme editions. */
export const seriesUrl = (id: string) => sitePath(`/wskazniki/serie/${id}/`);
/** A series' own export file under /dane/ ("serie/<id>.csv"): its rows of wskazniki.*, across editions. */
export const seriesDataUrl = (id: string, format: 'csv' | 'json' | 'xlsx') => dataUrl(`serie/${encodeURIComponent(id)}.${format}`);

/** The programme and indicator of an indicator page's site path (`/wskazniki/<programme>/<indicator>/`). */
export function indicatorPageOf(path: string): { programme: string; indicator: string } | undefined {
  const m = /^\/wskazniki\/([^/]+)\/([^/]+)\/$/.exec(path);
  // /wskazniki/serie/<id>/ is a series, /wskazniki/strona/<n>/ a page of the explorer table.
  if (!m || m[1] === 'serie' || m[1] === EXPLORER_PAGE_SEGMENT) return undefined;
  return { programme: m[1]!, indicator: decodeURIComponent(m[2]!) };
}

/** The site's fixed pages. */
export const pages = {
  home: sitePath('/'),
  programmes: sitePath('/programy/'),
  help: sitePath('/pomoc/'),
  indicators: sitePath('/wskazniki/'),
  seriesList: sitePath('/wskazniki/serie/'),
  data: sitePath('/dane/'),
  glossary: sitePath('/slownik/'),
  search: sitePath('/szukaj/'),
  safety: sitePath('/bezpieczenstwo/'),
  accessibility: sitePath('/deklaracja-dostepnosci/'),
  about: sitePath('/o-serwisie/'),
  favicon: sitePath('/favicon.svg'),
  pagefind: sitePath('/pagefind/pagefind.js'),
  /** The vocabulary of the search index, for typo correction (written by scripts/search-index.ts). */
  searchWords: sitePath('/szukaj/slowa.json'),
} as const;
/** A need's section on the help page. */
export const helpNeedUrl = (needId: string) => `${pages.help}#${needId}`;

/** The ids of a municipality page's two parts, which lists of municipalities link into. */
export const MUNICIPALITY_SECTIONS = { help: 'pomoc', programmes: 'programy' } as const;
/** A part of a municipality's page: its help or its programmes. */
export const municipalitySectionUrl = (organisationId: string, section: keyof typeof MUNICIPALITY_SECTIONS) =>
  `${municipalityUrl(organisationId)}#${MUNICIPALITY_SECTIONS[section]}`;

/** The id of a task's section on its goal page ("zadanie-I.1"; the task's key, see taskKey in model.ts). */
export const taskAnchor = (taskKey: string) => `zadanie-${taskKey}`;
/** The id of an abbreviation on the glossary page ("MOPS" → "skrot-mops", "Dz. U." → "skrot-dz-u-"). */
export const glossaryAnchor = (abbr: string) => `skrot-${abbr.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The easy-to-read pages (tekst łatwy do czytania): the site's at /latwy-tekst/, a programme's at /latwy-tekst/<slug>/. */
export const easyReadUrl = (programme?: string) => sitePath(programme ? `/latwy-tekst/${programme}/` : '/latwy-tekst/');

/** The sitemap @astrojs/sitemap writes (its index; the index lists sitemap-0.xml, …), as a site path. */
export const SITEMAP_PATH = '/sitemap-index.xml';
/** The site path of the page that stands in for any address without a page. */
export const NOT_FOUND_PATH = '/404/';

/**
 * The scheme and host for absolute URLs in the export ('' when SITE_URL is not set). Only the
 * origin: the path part of SITE_URL is the base path, which every URL above already carries.
 */
export const siteBase = (site?: URL) => (site ? site.origin : '');

/** Progress (target against achieved): a programme's reporting status, the whole site's, and the method page. */
export const reportingUrl = (slug: string) => sitePath(`/programy/${slug}/sprawozdawczosc/`);
export const progressPages = { reporting: sitePath('/sprawozdawczosc/'), method: sitePath('/dane/metoda/') } as const;

/** The Atom feeds of changes (new programmes, reports, corrected values): the whole site's and one programme's. */
export const feedUrl = sitePath('/zmiany.xml');
export const programmeFeedUrl = (slug: string) => sitePath(`/programy/${slug}/zmiany.xml`);
/** The change history section of an indicator page. */
export const HISTORY_ANCHOR = 'historia-zmian';
