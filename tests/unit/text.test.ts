// One fold and one slug (src/lib/text.ts) serve every place that had its own: the "did you mean"
// of the checker and the search (suggest.ts), the importer's ids and header names, and the chart
// ids (charts.ts). The old implementations are written out here, each as it was, and compared with
// the one on the inputs they get: Polish letters in both cases, "ł"/"Ł" (which Unicode does not
// decompose), letters typed as a base and a combining mark, mixed case, punctuation and spaces.
import { describe, expect, it } from 'vitest';
import { editDistance, fold, slugify } from '../../src/lib/text.ts';
import { closest } from '../../src/lib/suggest.ts';
import { chartId } from '../../src/lib/charts/index.ts';
import { foldText } from '../../src/lib/explorer.ts';
import { normaliseHeader } from '../../scripts/import/headers.ts';

const old = {
  /** src/lib/suggest.ts */
  suggest: (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase(),
  /** scripts/import/cells.ts `slugify` */
  slugify(text: string, max = 60): string {
    const ascii = text
      .toLowerCase()
      .replace(/ł/g, 'l')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (ascii.length <= max) return ascii;
    const cut = ascii.slice(0, max);
    return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-$/, '');
  },
  /** scripts/import/headers.ts `normaliseHeader` */
  header: (text: string) =>
    text
      .toLowerCase()
      .replace(/ł/g, 'l')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/\s*([/-])\s*/g, '$1')
      .replace(/[\s.:]+$/, '')
      .trim(),
};

const POLISH = 'ąćęłńóśźż';
const inputs = [
  POLISH,
  POLISH.toUpperCase(),
  'Łódź',
  'ŁÓDŹ',
  'łódź',
  'Żółć',
  'ZAŻÓŁĆ GĘŚLĄ JAŹŃ',
  'zażółć gęślą jaźń',
  // Base letters with combining marks, as some keyboards and PDFs give them.
  'Lo\u0301dz\u0301',
  'Z\u0307o\u0301\u0142c\u0301',
  'e\u0328',
  'A\u0328C\u0301',
  // Mixed case, digits, punctuation, spaces and line breaks.
  'UnitLabel',
  'unitLabel',
  'Rók',
  'rok',
  'Liczba porad (ogółem)',
  'Liczba świadczeń w formie schronienia (liczba noclegów)',
  'Łączna kwota zł',
  'Komórka / jednostka\nrealizująca:',
  'Termin  realizacji.',
  'wykres-działanie-1.2.1-percent',
  '  I.2 – Ś  ',
  'Cel operacyjny III',
  'budzet-I.1.1',
  '',
  '---',
  'Dz. U.',
  'OPiTR',
  // Other Latin letters with marks: folded too.
  'Crème brûlée',
  'Ærø',
  'straße',
  'İstanbul',
];

describe('fold', () => {
  it.each(inputs)('%j folds as the suggest.ts fold did', (s) => {
    expect(fold(s)).toBe(old.suggest(s));
  });

  it('strips case and diacritics, precomposed or combining; "ł" and "Ł" become "l"', () => {
    expect(fold('ZAŻÓŁĆ GĘŚLĄ JAŹŃ')).toBe('zazolc gesla jazn');
    expect(fold(POLISH)).toBe('acelnoszz');
    expect(fold(POLISH.toUpperCase())).toBe('acelnoszz');
    expect(fold('Lo\u0301dz\u0301')).toBe(fold('Łódź'));
    expect(fold('Łódź')).toBe('lodz');
  });

  it("gives what the explorer's keyword filter (foldText, kept in the explorer's browser script) gives for Polish text", () => {
    for (const s of inputs) expect(fold(s), s).toBe(foldText(s));
  });
});

describe('slugify', () => {
  it.each(inputs)('%j gives the importer’s id (scripts/import/cells.ts, 60 characters at most)', (s) => {
    expect(slugify(s, 60)).toBe(old.slugify(s));
  });

  it('cuts a long id at a hyphen past the 20th character, and not at all without `max`', () => {
    const long = 'Liczba osób objętych pomocą w formie poradnictwa specjalistycznego prawnego i psychologicznego';
    expect(slugify(long, 60)).toBe(old.slugify(long));
    expect(slugify(long, 60).length).toBeLessThanOrEqual(60);
    expect(slugify(long)).toBe('liczba-osob-objetych-pomoca-w-formie-poradnictwa-specjalistycznego-prawnego-i-psychologicznego');
  });

  it.each(inputs)('%j gives the chart id charts.ts makes', (s) => {
    expect(chartId(s)).toBe(`wykres-${slugify(s)}`);
    expect(chartId('dzialanie', s, 'percent')).toBe(`wykres-${slugify(['dzialanie', s, 'percent'].join('-'))}`);
  });
});

describe('header names (scripts/import/headers.ts) on the one fold', () => {
  it.each(inputs)('%j normalises as before', (s) => {
    expect(normaliseHeader(s)).toBe(old.header(s));
  });
});

describe('"did you mean" on the one fold', () => {
  it('ignores case and diacritics when measuring edits', () => {
    expect(editDistance(fold('Rók'), fold('rok'))).toBe(0);
    expect(closest('UnitLabel', ['unitLabel', 'label'])).toBe('unitLabel');
    expect(closest('żrodlo', ['source', 'źródło'])).toBe('źródło');
  });
});
