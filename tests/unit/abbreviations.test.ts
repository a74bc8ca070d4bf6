import { describe, expect, it } from 'vitest';
import { splitAbbreviations } from '../../src/lib/abbreviations.ts';

const glossary = [
  { abbr: 'MOPS', full: 'Miejski Ośrodek Pomocy Społecznej' },
  { abbr: 'OIK', full: 'Ośrodek Interwencji Kryzysowej' },
];

describe('abbreviations', () => {
  it('marks only the first use on a page, as whole words', () => {
    const seen = new Set<string>();
    expect(splitAbbreviations('MOPS i OIK; znowu MOPS', glossary, seen)).toEqual([
      { abbr: 'MOPS', title: 'Miejski Ośrodek Pomocy Społecznej' },
      { text: ' i ' },
      { abbr: 'OIK', title: 'Ośrodek Interwencji Kryzysowej' },
      { text: '; znowu MOPS' },
    ]);
    expect(splitAbbreviations('OIK', glossary, seen)).toEqual([{ text: 'OIK' }]);
  });
  it('does not match inside longer words', () => {
    expect(splitAbbreviations('MOPSowi OIKOS', glossary, new Set())).toEqual([{ text: 'MOPSowi OIKOS' }]);
  });
});

describe('abbreviations with a reused pattern', () => {
  it('starts from the beginning even after the pattern was used', async () => {
    const { abbreviationPattern } = await import('../../src/lib/abbreviations.ts');
    const pattern = abbreviationPattern(glossary)!;
    expect(pattern.test('x OIK y MOPS')).toBe(true);
    expect(splitAbbreviations('OIK i MOPS', glossary, new Set(), pattern)[0]).toEqual({
      abbr: 'OIK',
      title: 'Ośrodek Interwencji Kryzysowej',
    });
  });
});
