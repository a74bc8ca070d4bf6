// What search engines are told (src/lib/crawl.ts): the sitemap's filter and robots.txt.
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFilter } from '../../src/lib/crawl.ts';

describe('sitemap filter', () => {
  it.each([
    ['/', 'https://example.org/', true],
    ['/', 'https://example.org/programy/demo/', true],
    ['/', 'https://example.org/gminy/demo/', true],
    ['/', 'https://example.org/szukaj/', false],
    ['/', 'https://example.org/404/', false],
    ['/', 'https://example.org/robots.txt', false],
    ['/', 'https://example.org/dane/wskazniki.csv', false],
    ['/miernik/', 'https://example.org/miernik/', true],
    ['/miernik/', 'https://example.org/miernik/pomoc/', true],
    ['/miernik/', 'https://example.org/miernik/szukaj/', false],
    ['/miernik/', 'https://example.org/miernik/404/', false],
    ['/miernik/', 'https://example.org/other/pomoc/', false],
  ])('base %s: %s → %s', (base, url, kept) => {
    expect(sitemapFilter(base)(url)).toBe(kept);
  });
});

describe('robots.txt', () => {
  it('lets every crawler in, and names the sitemap only when its address is known', () => {
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(new URL('https://example.org/miernik/sitemap-index.xml'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/miernik/sitemap-index.xml\n',
    );
  });
});
