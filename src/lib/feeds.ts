// The two Atom feeds of changes as text: the whole site's (/zmiany.xml) and one programme's
// (/programy/<slug>/zmiany.xml). `origin` is siteBase(SITE_URL) ('' when unset).
import { atomFeed } from './atom.ts';
import { changeEntries, TAG } from './changeFeed.ts';
import type { History } from './history.ts';
import type { SiteModel } from './model.ts';
import { feedUrl, pages, programmeFeedUrl, programmeUrl } from './urls.ts';
import { t } from '../i18n/pl.ts';
import { historyText as h } from '../i18n/history.pl.ts';

/** When nothing has a date (no git history): a fixed time, so builds stay reproducible. */
const NO_DATE = '1970-01-01T00:00:00Z';

export function siteFeed(site: SiteModel, history: History, origin: string): string {
  return atomFeed({
    id: `${TAG}zmiany`,
    title: h.feed.siteTitle,
    subtitle: h.feed.siteSubtitle,
    self: origin + feedUrl,
    alternate: origin + pages.home,
    author: t.siteName,
    fallbackUpdated: NO_DATE,
    lang: 'pl',
    entries: changeEntries(site, history, origin),
  });
}

export function programmeFeed(site: SiteModel, history: History, origin: string, slug: string): string {
  const p = site.programmes.find((x) => x.slug === slug)!;
  return atomFeed({
    id: `${TAG}zmiany/${slug}`,
    title: h.feed.programmeTitle(p.data.title),
    self: origin + programmeFeedUrl(slug),
    alternate: origin + programmeUrl(slug),
    author: t.siteName,
    fallbackUpdated: NO_DATE,
    lang: 'pl',
    entries: changeEntries(site, history, origin, slug),
  });
}

/** The alternate link of a programme's feed, for Base's `feeds` on each of the programme's pages. */
export const programmeFeedLinks = (slug: string, shortTitle: string) => [
  { href: programmeFeedUrl(slug), title: h.feed.programmeLink(shortTitle) },
];
