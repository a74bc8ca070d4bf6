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

/** The page's search record, with the extra synonym terms; undefined when the page is not indexed. */
export function pageRecord(html: string, groups: readonly SynonymGroup[]): string | undefined {
  const root = indexedPart(html);
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
  const root = indexedPart(explorerHtml);
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

/**
 * An indicator page's indexed text as a section under `<h2 id="<indicator id>">`: a paragraph per
 * line of text, without the page's markup, so that 60 000 of them stay small to parse and index.
 */
export function indicatorSection(id: string, html: string, groups: readonly SynonymGroup[]): HTMLElement {
  const body = parse(mainOf(html)).querySelector(BODY);
  const h1 = body?.querySelector('h1');
  if (!body || !h1) throw new Error(`strona wskaźnika ${id} nie ma treści do indeksowania ani nagłówka h1`);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  h1.remove();
  const section = parse('<section><h2></h2></section>').querySelector('section')!;
  const heading = section.querySelector('h2')!;
  heading.setAttribute('id', id);
  heading.textContent = h1.text;
  for (const line of body.structuredText.split('\n')) {
    if (!line.trim()) continue;
    const p = parse('<p></p>').querySelector('p')!;
    p.textContent = line.trim();
    section.appendChild(p);
  }
  prepare(section, groups);
  return section;
}

/** The part of a built page that holds its indexed body: parsing the rest would be wasted. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
}

/**
 * What Pagefind needs of a page: its <main> (body, filters, meta), without the parts it would
 * ignore anyway (an explorer's table, an indicator's values) — half the bytes to parse twice.
 */
function indexedPart(html: string): HTMLElement {
  // The page's own language: Pagefind keeps one index per <html lang> (/uk/ and /en/ pages apart).
  const lang = /<html[^>]*\slang="([a-z-]+)"/i.exec(html)?.[1] ?? 'pl';
  const root = parse(`<html lang="${lang}"><body>${mainOf(html)}</body></html>`);
  for (const el of root.querySelectorAll('[data-pagefind-ignore]')) {
    const all = el.getAttribute('data-pagefind-ignore') === 'all';
    if (all || !el.querySelector('[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]')) el.remove();
  }
  return root;
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
