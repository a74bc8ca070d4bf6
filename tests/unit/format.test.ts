import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberPlain, formatValue, keepNumbersTogether, plural } from '../../src/lib/format.ts';
import { keepNumbersTogetherInHtml } from '../../src/lib/htmlNumbers.ts';

const NBSP = '\u00a0';
/** Expected text written with "_" for a no-break space. */
const nb = (s: string) => s.replaceAll('_', NBSP);
import { goalSlug } from '../../src/lib/urls.ts';

describe('Polish number formatting', () => {
  it('groups thousands with a no-break space, also for four digits', () => {
    expect(formatNumber(1200)).toBe(nb('1_200'));
    expect(formatNumber(803282)).toBe(nb('803_282'));
    expect(formatNumber(12667680)).toBe(nb('12_667_680'));
    expect(formatNumber(999)).toBe('999');
  });
  it('formatNumberPlain groups with a plain space, for text written into content files', () => {
    expect(formatNumberPlain(12667680)).toBe('12 667 680');
    expect(formatNumberPlain(23.5)).toBe('23,5');
  });
  it('uses a decimal comma and an ASCII minus', () => {
    expect(formatNumber(23.5)).toBe('23,5');
    expect(formatNumber(-0.46)).toBe('-0,46');
  });
  it('adds the unit', () => {
    expect(formatValue(23.5, 'percent')).toBe('23,5%');
    expect(formatValue(30000, 'currency')).toBe(nb('30_000 zł'));
    expect(formatValue(6, 'count')).toBe('6');
    expect(formatValue(undefined, 'text', 'Organizacja gali')).toBe('Organizacja gali');
  });
  it('makes URL parts of goal ids', () => {
    expect(goalSlug('IV')).toBe('iv');
    expect(goalSlug('1')).toBe('1');
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at a word boundary', async () => {
    const { clip } = await import('../../src/lib/format.ts');
    expect(clip('Cel I: krótki')).toBe('Cel I: krótki');
    const long =
      'Udzielanie osobom doznającym przemocy kompleksowego wsparcia w zakresie interwencyjnym, terapeutyczno-wspomagającym oraz bytowym';
    const clipped = clip(long, 60);
    expect(clipped.length).toBeLessThanOrEqual(60);
    expect(clipped.endsWith('…')).toBe(true);
    expect(long.startsWith(clipped.slice(0, -1))).toBe(true);
    expect(clipped).not.toMatch(/[\s,]…$/);
  });
});

describe('Polish plural forms', () => {
  const forms = { one: 'program', few: 'programy', many: 'programów' };
  it.each([
    [1, '1 program'],
    [2, '2 programy'],
    [4, '4 programy'],
    [5, '5 programów'],
    [12, '12 programów'],
    [22, '22 programy'],
    [25, '25 programów'],
    [0, '0 programów'],
    [1204, nb('1_204 programy')],
  ])('%i → %s', (n, expected) => {
    expect(plural(n, forms)).toBe(expected);
  });
});

describe('keepNumbersTogether', () => {
  it.each([
    ['3 600 spotkań', '3_600 spotkań'],
    ['12 345 678 zł (2024–2026)', '12_345_678 zł (2024–2026)'],
    ['Liczba porad – 1 250', 'Liczba porad – 1_250'],
    ['tel. 800 120 002', 'tel. 800_120_002'],
    ['w latach 2017 2018', 'w latach 2017 2018'],
    ['5 osób, 12 rodzin', '5 osób, 12 rodzin'],
    ['1 2345', '1 2345'],
    ['23,5 %', '23,5 %'],
  ])('%s', (text, expected) => {
    expect(keepNumbersTogether(text)).toBe(nb(expected));
  });
});

describe('keepNumbersTogetherInHtml', () => {
  it('changes text nodes only: attributes, tel: links, scripts, styles and comments stay as written', () => {
    const html =
      '<!doctype html><html><head><title>1 200 porad</title><style>p::after{content:"1 000"}</style>' +
      '<script type="application/json">{"t":"3 600 spotkań"}</script></head><body>' +
      '<p title="3 600 spotkań" data-x="1 000">Cel: 3 600 <b>spotkań</b> &amp; 12 345 678 zł</p><!-- 4 000 -->' +
      '<a href="tel:800 120 002" aria-label="800 120 002">800 120 002</a><table><tr><td>2 000</td></tr></table></body></html>';
    expect(keepNumbersTogetherInHtml(html)).toBe(
      nb(
        '<!doctype html><html><head><title>1_200 porad</title><style>p::after{content:"1 000"}</style>' +
          '<script type="application/json">{"t":"3 600 spotkań"}</script></head><body>' +
          '<p title="3 600 spotkań" data-x="1 000">Cel: 3_600 <b>spotkań</b> &amp; 12_345_678 zł</p><!-- 4 000 -->' +
          '<a href="tel:800 120 002" aria-label="800 120 002">800_120_002</a><table><tr><td>2_000</td></tr></table></body></html>',
      ),
    );
  });
  it('returns a page without such numbers unchanged', () => {
    const html = '<p title="1 200">Rok 2024, 15 osób</p>';
    expect(keepNumbersTogetherInHtml(html)).toBe(html);
  });
});
