import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { mdxProblems, type MdxNode } from '../../src/lib/mdxSafety.ts';

const check = (source: string) => mdxProblems(mdxToMdast(source) as MdxNode);

describe('MDX bodies: text, not code', () => {
  it('accepts Markdown, footnotes, links and harmless inline tags', () => {
    expect(
      check('## Wstęp\n\nTekst [link](https://example.org) i <abbr title="Miejski Ośrodek">MOPS</abbr>.[^1]\n\n[^1]: Przypis.\n'),
    ).toEqual([]);
  });
  it.each([
    ['a script tag', 'Tekst\n\n<script>alert(1)</script>\n', 3, 'znacznik <script>'],
    ['an event handler', 'Tekst <span onClick="x">a</span>\n', 1, 'atrybut „onClick”'],
    ['a javascript: link', '\n[kliknij](javascript:alert(1))\n', 2, 'adres „javascript:alert(1)”'],
    ['an import', 'import X from "y"\n\nTekst\n', 1, 'import/export'],
    ['an expression', 'Tekst\n\n{1 + 1}\n', 3, 'nawiasach klamrowych'],
    ['a component', 'Tekst <Wykres dane="x" />\n', 1, 'znacznik <Wykres>'],
    ['a style attribute', 'Tekst <span style="color:red">a</span>\n', 1, 'atrybut „style”'],
  ])('rejects %s, with its line', (_name, source, line, message) => {
    const [problem] = check(source);
    expect(problem).toMatchObject({ line });
    expect(problem!.message).toContain(message);
  });
});
