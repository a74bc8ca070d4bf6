import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, plural } from '../../src/lib/format.ts';
import { goalSlug } from '../../src/lib/urls.ts';

describe('Polish number formatting', () => {
  it('groups thousands with a space, also for four digits', () => {
    expect(formatNumber(1200)).toBe('1 200');
    expect(formatNumber(803282)).toBe('803 282');
    expect(formatNumber(12667680)).toBe('12 667 680');
    expect(formatNumber(999)).toBe('999');
  });
  it('uses a decimal comma and an ASCII minus', () => {
    expect(formatNumber(23.5)).toBe('23,5');
    expect(formatNumber(-0.46)).toBe('-0,46');
  });
  it('adds the unit', () => {
    expect(formatValue(23.5, 'percent')).toBe('23,5%');
    expect(formatValue(30000, 'currency')).toBe('30 000 zł');
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
    [1204, '1 204 programy'],
  ])('%i → %s', (n, expected) => {
    expect(plural(n, forms)).toBe(expected);
  });
});
