import { describe, expect, it } from 'vitest';
import { pageFilters } from '../../src/lib/searchFilters.ts';

const src = {
  programmes: [{ slug: 'krakow-x', title: 'Program X', organisation: 'Gmina Miejska Kraków' }],
  institutions: [{ id: 'oik-krakow', organisation: 'Gmina Miejska Kraków' }],
};

describe('search filters from the URL', () => {
  it.each([
    ['/programy/krakow-x/', { type: 'program', programme: 'Program X', organisation: 'Gmina Miejska Kraków' }],
    ['/programy/krakow-x/cele/ii/', { type: 'cel', programme: 'Program X', organisation: 'Gmina Miejska Kraków' }],
    [
      '/programy/krakow-x/sprawozdania/2023/',
      { type: 'sprawozdanie', programme: 'Program X', organisation: 'Gmina Miejska Kraków', year: '2023' },
    ],
    ['/wskazniki/krakow-x/porady/', { type: 'wskaźnik', programme: 'Program X', organisation: 'Gmina Miejska Kraków' }],
    ['/wskazniki/krakow-x/', { type: 'dane', programme: 'Program X', organisation: 'Gmina Miejska Kraków' }],
    ['/pomoc/oik-krakow/', { type: 'pomoc', organisation: 'Gmina Miejska Kraków' }],
    ['/pomoc/', { type: 'pomoc' }],
    ['/wskazniki/', { type: 'dane' }],
    ['/o-serwisie/', { type: 'informacje' }],
  ])('%s', (path, expected) => {
    expect(pageFilters(path, src)).toEqual(expected);
  });
});
