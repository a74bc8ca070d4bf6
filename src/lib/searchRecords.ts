// What the search index holds for a built page. Most pages are one search record each. An
// indicator's page is not: its summary becomes a section of its programme's explorer record
// (/wskazniki/<programme>/), under a heading whose id is the indicator's id, so Pagefind returns
// it as a sub-result and the search page links it to the indicator's own page. One record per
// programme instead of one per indicator keeps the index, its metadata and the first query small
// when a portal holds tens of thousands of indicators.
import { parse, type HTMLElement } from 'node-html-parser';
import type { SynonymGroup } from '../schemas/searchSynonyms.ts';
import { extraTerms } from './searchTerms.ts';
import { INDICATOR_LIST_META } from './searchHits.ts';
import { TYPE_NAMES } from './searchFilters.ts';

const BODY = '[data-pagefind-body]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The programme and indicator of an indicator page's URL (`/wskazniki/<programme>/<indicator>/`). */
export function indicatorPageOf(url: string): { programme: string; indicator: string } | undefined {
  const m = /^\/wskazniki\/([^/]+)\/([^/]+)\/$/.exec(url);
  if (!m || m[1] === 'serie') return undefined;
  return { programme: m[1]!, indicator: decodeURIComponent(m[2]!) };
}

/** The page's search record, with the extra synonym terms; undefined when the page is not indexed. */
export function pageRecord(html: string, groups: readonly SynonymGroup[]): string | undefined {
  const root = parse(html);
  const body = root.querySelector(BODY);
  if (!body) return undefined;
  prepare(body, groups);
  return root.toString();
}

/**
 * The explorer page's record with its indicators as sections. Headings of the page and of the
 * indicator pages lose their ids, so the only anchors — and sub-results — are the indicators.
 */
export function indicatorListRecord(
  explorerHtml: string,
  indicators: readonly { id: string; html: string }[],
  groups: readonly SynonymGroup[],
): string {
  const root = parse(explorerHtml);
  const body = root.querySelector(BODY);
  if (!body) throw new Error('strona wskaźników programu nie ma treści do indeksowania');
  for (const h of body.querySelectorAll(HEADINGS)) h.removeAttribute('id');
  prepare(body, groups);
  body.insertAdjacentHTML(
    'beforeend',
    `<div hidden data-pagefind-ignore="index"><span data-pagefind-filter="typ">${TYPE_NAMES.indicator}</span><span data-pagefind-meta="${INDICATOR_LIST_META}">tak</span></div>`,
  );
  for (const indicator of indicators) body.appendChild(indicatorSection(indicator.id, indicator.html, groups));
  return root.toString();
}

/** An indicator page's indexed content as a section under `<h2 id="<indicator id>">`. */
export function indicatorSection(id: string, html: string, groups: readonly SynonymGroup[]): HTMLElement {
  const body = parse(html).querySelector(BODY);
  const h1 = body?.querySelector('h1');
  if (!body || !h1) throw new Error(`strona wskaźnika ${id} nie ma treści do indeksowania ani nagłówka h1`);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  for (const el of body.querySelectorAll('[id]')) el.removeAttribute('id');
  const section = parse('<section></section>').querySelector('section')!;
  const heading = parse('<h2></h2>').querySelector('h2')!;
  heading.setAttribute('id', id);
  heading.set_content(h1.innerHTML);
  h1.remove();
  section.appendChild(heading);
  section.insertAdjacentHTML('beforeend', body.innerHTML);
  prepare(section, groups);
  return section;
}

/**
 * Readies indexed content: the built HTML has no whitespace between tags, and Pagefind runs a
 * term into its description ("Cel1:"), so cells get a space after them; the synonyms are found
 * in structuredText, not textContent, where a heading runs into the next paragraph.
 */
function prepare(el: HTMLElement, groups: readonly SynonymGroup[]): void {
  for (const cell of el.querySelectorAll('dt, dd, th, td')) cell.insertAdjacentHTML('afterend', ' ');
  const terms = extraTerms(el.structuredText, groups);
  if (terms.length > 0) el.insertAdjacentHTML('beforeend', `<p data-pagefind-weight="0.5">${terms.join(' · ')}</p>`);
}
