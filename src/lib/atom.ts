// An Atom feed (RFC 4287) as text: the one place that writes XML for the feeds, escaping every
// text and attribute. Feed and entries carry the elements Atom requires (id, title, updated; the
// feed an author and a rel="self" link) plus a link to the page and a summary.

export interface AtomEntry {
  /** A permanent IRI (a tag: URI), never changed once published. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed is about. */
  alternate: string;
  author: string;
  /** RFC 3339; used when there is no entry (else the newest entry's time). */
  fallbackUpdated: string;
  lang: string;
  entries: AtomEntry[];
}

/** XML text and attribute values: the five special characters, and no character XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, text: string, indent: string) => `${indent}<${name}>${xmlEscape(text)}</${name}>`;
const link = (href: string, rel: string, type: string | undefined, indent: string) =>
  `${indent}<link rel="${rel}" href="${xmlEscape(href)}"${type ? ` type="${type}"` : ''}/>`;

export function atomFeed(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? feed.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    el('id', feed.id, '  '),
    el('title', feed.title, '  '),
    ...(feed.subtitle ? [el('subtitle', feed.subtitle, '  ')] : []),
    el('updated', updated, '  '),
    `  <author>\n${el('name', feed.author, '    ')}\n  </author>`,
    link(feed.self, 'self', 'application/atom+xml', '  '),
    link(feed.alternate, 'alternate', 'text/html', '  '),
    ...feed.entries.map((e) =>
      [
        '  <entry>',
        el('id', e.id, '    '),
        el('title', e.title, '    '),
        el('updated', e.updated, '    '),
        link(e.link, 'alternate', 'text/html', '    '),
        el('summary', e.summary, '    '),
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
