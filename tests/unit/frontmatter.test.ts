import { describe, expect, it } from 'vitest';
import { blankFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('blankFrontmatter (MDX compiled without its data)', () => {
  const file = '---\ntitle: Cel\nvalues:\n  - { year: 2024, value: 1200 }\n---\n## Opis\n\nTekst <abbr>OT</abbr>.\n';

  it('empties the YAML but keeps the fences, the body and every line number', () => {
    const out = blankFrontmatter(file);
    expect(out.split('\n').length).toBe(file.split('\n').length);
    expect(splitFrontmatter(out).yaml.trim()).toBe('');
    expect(splitFrontmatter(out).body).toBe(splitFrontmatter(file).body);
    expect(out).not.toContain('1200');
  });

  it('keeps Windows line ends and a byte-order mark', () => {
    const crlf = `\uFEFF${file.replace(/\n/g, '\r\n')}`;
    const out = blankFrontmatter(crlf);
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out.split('\r\n').length).toBe(crlf.split('\r\n').length);
    expect(out).not.toContain('title');
  });

  it('leaves a file without frontmatter, or with --- only later in the body, unchanged', () => {
    expect(blankFrontmatter('Tekst\n\n---\n\nDalej\n')).toBe('Tekst\n\n---\n\nDalej\n');
  });
});
