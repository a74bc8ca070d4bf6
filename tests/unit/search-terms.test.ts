import { describe, expect, it } from 'vitest';
import { extraTerms } from '../../src/lib/searchTerms.ts';

const groups = [
  { topic: 'schronienie', terms: ['schronienie', 'schronisko', 'hostel'] },
  { topic: 'dziecko', terms: ['dziecko', 'dzieci'] },
  { topic: 'przemoc', terms: ['przemoc domowa', 'przemoc w rodzinie'] },
];

describe('extra search terms from synonyms', () => {
  it('adds the missing terms of groups the page mentions', () => {
    expect(extraTerms('Ośrodek zapewnia Schronienie dla kobiet', groups)).toEqual(['schronisko', 'hostel']);
  });
  it('matches phrases across line breaks and ignores partial words', () => {
    expect(extraTerms('Program przeciw: przemoc\nw rodzinie', groups)).toEqual(['przemoc domowa']);
    expect(extraTerms('dzieciństwo', groups)).toEqual([]);
  });
  it('adds nothing for pages that mention none', () => {
    expect(extraTerms('Budżet programu', groups)).toEqual([]);
  });
});
