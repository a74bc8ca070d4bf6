// What the search index receives: a programme's indicators as id'd sections of its indicator list,
// and what the search page makes of Pagefind's answer for such a list.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { indicatorListRecord, pageRecord } from '../../src/lib/searchRecords.ts';
import { indicatorPageOf } from '../../src/lib/urls.ts';
import { hitsOf, INDICATOR_LIST_META, queryWords, sectionsWithAll, type SubResult } from '../../src/lib/searchHits.ts';

const groups = [{ topic: 'schronienie', terms: ['schronienie', 'schronisko'] }];
const page = (main: string) => `<!doctype html><html lang="pl"><body><main data-pagefind-body>${main}</main></body></html>`;
const explorer = page(
  '<h1 id="top">Wskaźniki: Program A</h1><h2 id="tabela">Tabela</h2><div data-pagefind-ignore><table id="t"></table></div>',
);
const indicator = (label: string) =>
  page(`<div hidden data-pagefind-ignore="index"><span data-pagefind-filter="typ">wskaźnik</span></div>
  <h1>${label}</h1><h2 id="miejsce">Miejsce w programie</h2><dl><dt data-pagefind-ignore>Program</dt><dd data-pagefind-ignore>Program A</dd><dt>Działanie</dt><dd>Schronienie dla osób</dd></dl>
  <div data-pagefind-ignore><h2 id="wartosci">Wartości</h2><table><tr><td>690</td></tr></table></div>`);

describe('indicator pages in the search index', () => {
  it('recognises indicator pages, not series pages or the programme lists', () => {
    expect(indicatorPageOf('/wskazniki/program-a/liczba-osob/')).toEqual({ programme: 'program-a', indicator: 'liczba-osob' });
    expect(indicatorPageOf('/wskazniki/serie/niebieskie-karty/')).toBeUndefined();
    expect(indicatorPageOf('/wskazniki/program-a/')).toBeUndefined();
    expect(indicatorPageOf('/wskazniki/strona/2/')).toBeUndefined();
    expect(indicatorPageOf('/wskazniki/program-a/strona/2/')).toBeUndefined();
    expect(indicatorPageOf('/programy/program-a/cele/1/')).toBeUndefined();
  });

  it('puts each indicator under a heading with its id, and leaves no other heading id to become a sub-result', () => {
    const record = parse(
      indicatorListRecord(
        explorer,
        [
          { id: 'osoby', html: indicator('Liczba osób') },
          { id: 'rodziny', html: indicator('Liczba rodzin') },
        ],
        groups,
      ),
    );
    const body = record.querySelector('[data-pagefind-body]')!;
    const ids = body
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .filter((h) => h.id)
      .map((h) => `${h.tagName}#${h.id} ${h.textContent}`);
    expect(ids).toEqual(['H2#osoby Liczba osób', 'H2#rodziny Liczba rodzin']);
    expect(body.querySelectorAll('section').length).toBe(2);
    expect(body.querySelector('h1')!.textContent).toBe('Wskaźniki: Program A');
  });

  it('keeps an indicator’s summary, drops what the page marks as not indexed, and adds its synonyms', () => {
    const body = parse(indicatorListRecord(explorer, [{ id: 'osoby', html: indicator('Liczba osób') }], groups)).querySelector('section')!;
    expect(body.querySelectorAll('p').map((p) => p.textContent)).toEqual(expect.arrayContaining(['Działanie', 'Schronienie dla osób'])); // not „DziałanieSchronienie”
    expect(body.textContent).not.toContain('690');
    expect(body.textContent).not.toContain('Program A');
    expect(body.querySelector('[data-pagefind-weight]')?.textContent).toBe('schronisko');
  });

  it('marks the list as an indicator list of type wskaźnik for the search page and its filter', () => {
    const record = parse(indicatorListRecord(explorer, [], groups));
    expect(record.querySelector(`[data-pagefind-meta="${INDICATOR_LIST_META}"]`)).not.toBeNull();
    expect(record.querySelectorAll('[data-pagefind-filter="typ"]').map((f) => f.textContent)).toContain('wskaźnik');
  });

  it('fails loudly on an indicator page without its heading', () => {
    expect(() => indicatorListRecord(explorer, [{ id: 'x', html: page('<p>bez nagłówka</p>') }], groups)).toThrow(/wskaźnika x/);
  });

  it('indexes other pages whole, with their synonyms, and skips pages without an indexed body', () => {
    // No whitespace between tags, as Astro builds them: the heading must not run into the paragraph.
    const record = pageRecord(page('<h1>Pomoc</h1><p>Schronienie dla kobiet</p>'), groups)!;
    expect(parse(record).querySelector('[data-pagefind-weight]')?.textContent).toBe('schronisko');
    expect(pageRecord('<html><body><main>x</main></body></html>', groups)).toBeUndefined();
  });
});

describe('search hits', () => {
  const sub = (title: string, id: string | undefined, scores: number[]): SubResult => ({
    title,
    url: id ? `/wskazniki/program-a/#${id}` : '/wskazniki/program-a/',
    excerpt: `…${title}…`,
    ...(id && { anchor: { id } }),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });
  const list = (subs: SubResult[]) => ({
    url: '/wskazniki/program-a/',
    excerpt: 'e',
    meta: { title: 'Wskaźniki: A', program: 'A', [INDICATOR_LIST_META]: 'tak' },
    sub_results: subs,
  });

  it('gives a page one link with its title and programme', () => {
    expect(
      hitsOf({ url: '/programy/a/', excerpt: 'e', meta: { title: 'Program A', program: 'A' }, sub_results: [sub('x', 'x', [1])] }),
    ).toEqual([{ url: '/programy/a/', title: 'Program A', excerpt: 'e', programme: 'A' }]);
  });

  it('gives an indicator list one link per matching indicator, best match first, to the indicator’s own page', () => {
    const hits = hitsOf(
      list([sub('Wskaźniki: A', undefined, [1]), sub('Liczba osób', 'osoby', [2, 3]), sub('Liczba rodzin', 'rodziny-ż', [9])]),
    );
    expect(hits.map((h) => [h.url, h.title])).toEqual([
      ['/wskazniki/program-a/rodziny-%C5%BC/', 'Liczba rodzin'],
      ['/wskazniki/program-a/osoby/', 'Liczba osób'],
      ['/wskazniki/program-a/', 'Wskaźniki: A'],
    ]);
    expect(hits.every((h) => h.programme === 'A')).toBe(true);
  });

  it('keeps, for a query of several words, only the sections every word finds', () => {
    // „asystent rodziny”: „rodziny” alone finds the list's introduction and both indicators,
    // „asystent” alone only the second indicator.
    const rodziny = [
      sub('Wskaźniki: A', undefined, [1]),
      sub('Liczba rodzin', 'rodziny', [5]),
      sub('Rodziny z asystentem', 'asystent', [2]),
    ];
    const asystent = [sub('Rodziny z asystentem', 'asystent', [3])];
    const withAll = sectionsWithAll([rodziny, asystent]);
    expect([...withAll]).toEqual(['asystent']);
    expect(hitsOf(list(rodziny), withAll).map((h) => h.title)).toEqual(['Rodziny z asystentem']);
    expect(queryWords('Asystent  rodziny asystent')).toEqual(['asystent', 'rodziny']);
  });
});
