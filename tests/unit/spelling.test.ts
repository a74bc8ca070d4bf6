import { describe, expect, it } from 'vitest';
import { correctedQuery, correction, vocabulary } from '../../src/lib/spelling.ts';

const vocab = vocabulary([
  'Psycholog i psychologa pomoc psychologiczna. Przemoc domowa, przemocy domowej. Hostel OIK. Niebieskie Karty. Karty, karty.',
]);

describe('typo tolerance over the index vocabulary', () => {
  it('collects words of four letters or more, most frequent first', () => {
    expect(vocab[0]).toBe('karty');
    expect(vocab).toContain('psycholog');
    expect(vocab).not.toContain('oik');
  });

  it.each([
    ['psyholog', 'psycholog'],
    ['domowo', 'domowa'],
    ['hostell', 'hostel'],
    ['katry', 'karty'],
    ['przmoc', 'przemoc'],
  ])('corrects „%s” to „%s”', (typed, expected) => {
    expect(correction(typed, vocab)).toBe(expected);
  });

  it('leaves known words, short words and words far from any', () => {
    expect(correction('karty', vocab)).toBeUndefined();
    expect(correction('oik', vocab)).toBeUndefined();
    expect(correction('qwxzzyq', vocab)).toBeUndefined();
  });

  it('corrects only the words that found nothing', () => {
    expect(correctedQuery('przemoc domowo', new Set(['domowo']), vocab)).toBe('przemoc domowa');
    expect(correctedQuery('qwxzzyq', new Set(['qwxzzyq']), vocab)).toBeUndefined();
  });
});
