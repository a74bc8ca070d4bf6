import { describe, expect, it } from 'vitest';
import { citation, type CitationWords } from '../../src/lib/citation.ts';
import { citationText } from '../../src/i18n/citation.pl.ts';

const words: CitationWords = {
  siteName: 'Serwis',
  dataDate: (d) => `stan na ${d}`,
  accessed: '[dostęp: …]',
  noAddress: 'Brak adresu',
  formatDate: (d) => `<${d}>`,
};
const input = {
  publishers: ['Gmina A', ' Gmina A', 'Gmina B', ''],
  title: 'Liczba porad.',
  within: 'Program 2024–2026',
  dataDate: '2025-01-12',
  path: '/miernik/wskazniki/p/porady/',
};

describe('citation', () => {
  it('names the publishers once each, the title, where it sits, the data date and the absolute address with an access hint', () => {
    const c = citation({ ...input, origin: 'https://dane.example.pl' }, words);
    expect(c.url).toBe('https://dane.example.pl/miernik/wskazniki/p/porady/');
    expect(c.text).toBe(
      'Gmina A, Gmina B. Liczba porad. Program 2024–2026. Serwis, stan na <2025-01-12>. https://dane.example.pl/miernik/wskazniki/p/porady/ [dostęp: …].',
    );
  });
  it('without a configured address says so, and gives no relative path', () => {
    const c = citation({ ...input, origin: '' }, words);
    expect(c.url).toBeUndefined();
    expect(c.text).toBe('Gmina A, Gmina B. Liczba porad. Program 2024–2026. Serwis, stan na <2025-01-12>. Brak adresu.');
    expect(c.text).not.toContain('/wskazniki/');
  });
  it('without a data date (no git history) leaves the date out', () => {
    const c = citation({ ...input, within: undefined, dataDate: undefined, origin: 'https://x.pl' }, words);
    expect(c.text).toBe('Gmina A, Gmina B. Liczba porad. Serwis. https://x.pl/miernik/wskazniki/p/porady/ [dostęp: …].');
  });
  it('reads in Polish with the real words', () => {
    const c = citation({ ...input, publishers: ['Gmina Miejska Kraków'], origin: '' }, citationText.words);
    expect(c.text).toContain('Miernik, stan danych na 12 stycznia 2025 r.');
    expect(c.text.endsWith('nie podaje adresu do cytowania.')).toBe(true);
  });
});
