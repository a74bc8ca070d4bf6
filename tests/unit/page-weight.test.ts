// Page weight (scripts/lib/pageWeight.ts) on a tiny hand-made dist: the HTML, its stylesheets (with an
// @import), its scripts with every chunk they import statically or by import(), and its icon, each
// counted once and summed to the byte; a missing file is an error; page types follow the routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageType, pageWeight } from '../../scripts/lib/pageWeight.ts';

const head = '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Test</title>';
const files: Record<string, string> = {
  'index.html': `${head}
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/_astro/site.css">
    <link rel="stylesheet" href="https://cdn.example.org/elsewhere.css">
    <link rel="canonical" href="/">
    </head><body><a href="/pomoc/">Pomoc</a>
    <script type="module" src="/_astro/entry.js"></script>
    <script type="module" src="/_astro/other.js"></script>
    <script type="application/json">{"import":"./nothing.js"}</script>
    </body></html>`,
  // A page one level down, with relative references.
  'pomoc/index.html': `${head}<link rel="stylesheet" href="../_astro/site.css"></head><body><script type="module" src="../_astro/other.js"></script></body></html>`,
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
  '_astro/site.css': '@import "./print.css";\nbody { margin: 0; color: #111 }\n.x { clip-path: url(#clip) }',
  '_astro/print.css': '@media print { .no-print { display: none } }',
  '_astro/entry.js': 'import { shared } from "./shared.js";\nconst load = () => import(`./lazy.js`);\nshared(load);\nimport.meta.url;',
  '_astro/other.js': 'import "./shared.js";\nconst p = "./runtime.js";\nimport(p);',
  '_astro/shared.js': 'export function shared(f) { return f; }\n'.repeat(20),
  '_astro/lazy.js': 'import { shared } from "./shared.js";\nexport * from "/_astro/deep.js";\nexport const lazy = shared(1);',
  '_astro/deep.js': 'export const deep = "Chart.js stands in here";'.repeat(30),
  // Referenced by nothing: never counted.
  '_astro/unused.js': 'export const unused = 1;',
  // Broken builds: a page whose script is missing, and a page whose chunk imports a missing one.
  'broken/index.html': `${head}</head><body><script type="module" src="/_astro/gone.js"></script></body></html>`,
  'broken-chunk/index.html': `${head}</head><body><script type="module" src="/_astro/broken.js"></script></body></html>`,
  '_astro/broken.js': 'export const later = () => import("./missing-chunk.js");',
};

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'miernik-page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Raw and gzip bytes of some of the files above, computed here, not by the module. */
const bytes = (...paths: string[]) => ({
  raw: paths.reduce((n, p) => n + Buffer.byteLength(files[p]!), 0),
  gzip: paths.reduce((n, p) => n + gzipSync(Buffer.from(files[p]!)).length, 0),
});

describe('pageWeight', () => {
  it('sums the HTML, stylesheets, scripts with everything they import, and the icon, exactly', () => {
    const w = pageWeight(dist, 'index.html');
    const js = ['_astro/entry.js', '_astro/other.js', '_astro/shared.js', '_astro/lazy.js', '_astro/deep.js'];
    const css = ['_astro/site.css', '_astro/print.css'];
    expect(w.html).toEqual(bytes('index.html'));
    expect(w.css).toEqual(bytes(...css));
    expect(w.js).toEqual(bytes(...js));
    expect(w.other).toEqual(bytes('favicon.svg'));
    expect(w.total).toEqual(bytes('index.html', ...css, ...js, 'favicon.svg'));
    expect([...w.scripts].sort()).toEqual([...js].sort());
    expect([...w.styles].sort()).toEqual([...css].sort());
  });

  it('counts a chunk shared by two entries and a lazy chunk once', () => {
    const w = pageWeight(dist, 'index.html');
    expect(w.scripts.filter((s) => s === '_astro/shared.js')).toHaveLength(1);
    expect(w.js.gzip).toBe(bytes('_astro/entry.js', '_astro/other.js', '_astro/shared.js', '_astro/lazy.js', '_astro/deep.js').gzip);
  });

  it('resolves relative references from the page', () => {
    const w = pageWeight(dist, 'pomoc/index.html');
    expect(w.scripts).toEqual(['_astro/other.js', '_astro/shared.js']);
    expect(w.styles).toEqual(['_astro/site.css', '_astro/print.css']);
    expect(w.total).toEqual(bytes('pomoc/index.html', '_astro/site.css', '_astro/print.css', '_astro/other.js', '_astro/shared.js'));
  });

  it('with a shared cache, weighs every page as without one and reads each shared file once', () => {
    const cache = new Map();
    for (const page of ['index.html', 'pomoc/index.html']) expect(pageWeight(dist, page, cache)).toEqual(pageWeight(dist, page));
    expect([...cache.keys()].sort()).toEqual([
      '_astro/deep.js',
      '_astro/entry.js',
      '_astro/lazy.js',
      '_astro/other.js',
      '_astro/print.css',
      '_astro/shared.js',
      '_astro/site.css',
      'favicon.svg',
    ]);
  });

  it('throws, naming the page and the path, when a referenced file is missing', () => {
    expect(() => pageWeight(dist, 'broken/index.html')).toThrow(/^broken\/index\.html: _astro\/gone\.js is missing/);
    expect(() => pageWeight(dist, 'broken-chunk/index.html')).toThrow(
      /^broken-chunk\/index\.html: _astro\/missing-chunk\.js is missing \(referenced by _astro\/broken\.js\)/,
    );
    expect(() => pageWeight(dist, 'no-such-page/index.html')).toThrow(/no-such-page\/index\.html/);
  });
});

describe('pageType', () => {
  it.each([
    ['index.html', 'home'],
    ['programy/index.html', 'programmes'],
    ['programy/krakow-2024/index.html', 'programme'],
    ['programy/krakow-2024/cele/i/index.html', 'goal'],
    ['programy/krakow-2024/sprawozdania/2025/index.html', 'report'],
    ['wskazniki/index.html', 'explorer'],
    ['wskazniki/krakow-2024/index.html', 'explorer'],
    ['wskazniki/krakow-2024/W1.2/index.html', 'indicator'],
    ['wskazniki/strona/2/index.html', 'explorer'],
    ['wskazniki/krakow-2024/strona/3/index.html', 'explorer'],
    ['wskazniki/krakow-2024/strona/index.html', 'indicator'],
    ['wskazniki/serie/index.html', 'series'],
    ['wskazniki/serie/niebieskie-karty/index.html', 'series'],
    ['pomoc/index.html', 'help'],
    ['pomoc/mops-krakow/index.html', 'institution'],
    ['gminy/krakow/index.html', 'municipality'],
    ['gminy/index.html', 'other'],
    ['szukaj/index.html', 'search'],
    ['dane/index.html', 'data'],
    ['slownik/index.html', 'other'],
    ['/programy/krakow-2024/cele/i/', 'goal'],
    ['/', 'home'],
  ])('%s is %s', (page, type) => {
    expect(pageType(page)).toBe(type);
  });
});
