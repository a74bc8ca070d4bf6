import { describe, expect, it } from 'vitest';
import { chapters, sections } from '../../src/lib/toc.ts';

describe('tables of contents', () => {
  it('lists only the sections a page renders, in order', () => {
    expect(
      sections([
        { id: 'a', label: 'A', shown: true },
        { id: 'b', label: 'B', shown: false },
        { id: 'c', label: 'C', shown: true },
      ]),
    ).toEqual([
      { id: 'a', label: 'A' },
      { id: 'c', label: 'C' },
    ]);
  });

  it('takes a body’s chapters from its second-level headings, without the footnotes’ heading', () => {
    const headings = [
      { depth: 2, slug: '1-wstep', text: '1. Wstęp' },
      { depth: 3, slug: 'x', text: 'X' },
      { depth: 2, slug: '2-diagnoza', text: '2. Diagnoza' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ];
    expect(chapters(headings)).toEqual([
      { id: '1-wstep', label: '1. Wstęp' },
      { id: '2-diagnoza', label: '2. Diagnoza' },
    ]);
  });
});
