import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { matchTopics, phraseScore, sameWord, words } from '../../src/lib/helpTopics.ts';
import { helpTopics } from '../../src/schemas/helpTopic.ts';

const topics = helpTopics.parse(parse(readFileSync('content/help-topics.yaml', 'utf8')));
const first = (q: string) => matchTopics(q, topics)[0]?.id;

describe('phrase matching', () => {
  it('treats diacritics, inflection and small typos as the same word', () => {
    expect(sameWord('boję', 'boje')).toBe(true);
    expect(sameWord('schronienie', 'schronienia')).toBe(true);
    expect(sameWord('psycholog', 'psyholog')).toBe(true);
    expect(sameWord('domowa', 'domowo')).toBe(true);
    expect(sameWord('bije', 'bieg')).toBe(false);
    expect(sameWord('mąż', 'mam')).toBe(false);
  });

  it('needs every word of a phrase, and counts longer phrases for more', () => {
    expect(phraseScore('nie mam gdzie spać', words('nie mam gdzie spac dzis'))).toBeGreaterThan(0);
    expect(phraseScore('nie mam gdzie spać', words('nie mam pieniędzy'))).toBe(0);
    expect(phraseScore('biję żonę', words('bije zone'))).toBeGreaterThan(phraseScore('bije', words('bije zone')));
  });
});

describe('content/help-topics.yaml answers everyday queries', () => {
  it.each([
    ['mąż mnie bije', 'przemoc-w-domu'],
    ['maz mnie bije', 'przemoc-w-domu'],
    ['partner mnie uderzył', 'przemoc-w-domu'],
    ['przemoc domowo', 'przemoc-w-domu'],
    ['gdzie zgłosić przemoc', 'zgloszenie'],
    ['boję się wrócić do domu', 'bezpieczne-miejsce'],
    ['nie mam gdzie spać', 'bezpieczne-miejsce'],
    ['psyholog', 'rozmowa'],
    ['chcę z kimś porozmawiać', 'rozmowa'],
    ['tata bije mamę', 'dziecko'],
    ['przemoc wobec babci', 'senior-niepelnosprawnosc'],
    ['biję żonę i chcę przestać', 'zmiana'],
    ['nie mam pieniędzy', 'pieniadze-i-prawo'],
  ])('„%s” → %s', (query, topic) => {
    expect(first(query)).toBe(topic);
  });

  it('gives nothing for queries about documents', () => {
    expect(matchTopics('budżet 2024', topics)).toEqual([]);
    expect(matchTopics('wskaźniki sprawozdanie', topics)).toEqual([]);
  });

  it('marks cries for help as urgent', () => {
    expect(matchTopics('mąż mnie bije', topics)[0]!.urgent).toBe(true);
    expect(matchTopics('psycholog', topics)[0]!.urgent).toBe(false);
  });
});
