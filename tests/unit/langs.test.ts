import { describe, expect, it } from 'vitest';
import { alternatesOf, inLang, isTranslated, langOf, polishPathOf, switchLinks } from '../../src/lib/langs.ts';
import { localText } from '../../src/lib/translations.ts';

describe('langs', () => {
  it('reads the language from the first segment of the path', () => {
    expect(langOf('/uk/pomoc/')).toBe('uk');
    expect(langOf('/en/')).toBe('en');
    expect(langOf('/pomoc/')).toBe('pl');
    expect(langOf('/ukraina/')).toBe('pl');
    expect(polishPathOf('/uk/pomoc/oik/')).toBe('/pomoc/oik/');
    expect(polishPathOf('/en/')).toBe('/');
  });

  it('puts a Polish URL in a language, keeping the fragment', () => {
    expect(inLang('uk', '/pomoc/#teraz')).toBe('/uk/pomoc/#teraz');
    expect(inLang('pl', '/pomoc/')).toBe('/pomoc/');
  });

  it('translates the resident path only', () => {
    for (const p of ['/', '/pomoc/', '/pomoc/oik/', '/bezpieczenstwo/', '/szukaj/', '/deklaracja-dostepnosci/', '/programy/x/'])
      expect(isTranslated(p), p).toBe(true);
    for (const p of ['/programy/', '/programy/x/cele/1/', '/wskazniki/', '/dane/', '/404/', '/gminy/krakow/'])
      expect(isTranslated(p), p).toBe(false);
  });

  it('gives alternates in every language with x-default Polish, or none', () => {
    expect(alternatesOf('/en/pomoc/')).toEqual([
      { lang: 'pl', href: '/pomoc/' },
      { lang: 'uk', href: '/uk/pomoc/' },
      { lang: 'en', href: '/en/pomoc/' },
      { lang: 'x-default', href: '/pomoc/' },
    ]);
    expect(alternatesOf('/dane/')).toEqual([]);
  });

  it('the switcher keeps the page where it exists, else goes home', () => {
    expect(switchLinks('/uk/pomoc/')).toEqual([
      { lang: 'pl', href: '/pomoc/', samePage: true },
      { lang: 'en', href: '/en/pomoc/', samePage: true },
    ]);
    expect(switchLinks('/dane/')).toEqual([
      { lang: 'uk', href: '/uk/', samePage: false },
      { lang: 'en', href: '/en/', samePage: false },
    ]);
    expect(switchLinks('/uk/404/').map((l) => l.href)).toEqual(['/', '/en/']);
  });

  it('localText takes the variant in its language, else the Polish text marked Polish', () => {
    expect(localText('Schronienie', 'Притулок', 'uk')).toEqual({ text: 'Притулок', lang: 'uk' });
    expect(localText('Schronienie', undefined, 'uk')).toEqual({ text: 'Schronienie', lang: 'pl' });
    expect(localText('Schronienie', '  ', 'en')).toEqual({ text: 'Schronienie', lang: 'pl' });
    expect(localText('Schronienie', 'Shelter', 'pl')).toEqual({ text: 'Schronienie', lang: 'pl' });
  });
});

describe('search engines and the translated pages', () => {
  it('keep the translated search and 404 pages out, like the Polish ones', async () => {
    const { forSearchEngines } = await import('../../src/lib/crawl.ts');
    for (const p of ['/szukaj/', '/404/', '/uk/szukaj/', '/en/szukaj/', '/uk/404/', '/en/404/']) expect(forSearchEngines(p), p).toBe(false);
    for (const p of ['/uk/pomoc/', '/en/', '/pomoc/']) expect(forSearchEngines(p), p).toBe(true);
  });
});
