// What one built page costs a reader: its HTML and every same-origin file it makes the browser
// fetch — stylesheets (and their @import and url()), scripts with every chunk they import,
// statically or by import() (Chart.js comes that way), icons and images — in bytes raw and gzip
// (node:zlib at its default level). Each file counts once per page. A referenced file that is not
// in the dist is a broken build: an error naming the page and the path. The budget tests
// (tests/build/budgets.test.ts) and the benchmark read these figures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { init, parse as parseModule } from 'es-module-lexer';
import { EXPLORER_PAGE_SEGMENT } from '../../src/lib/urls.ts';

await init; // the lexer is WebAssembly: ready once, then synchronous

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Icons, images, fonts: everything same-origin that is neither a script nor a stylesheet. */
  other: Bytes;
  total: Bytes;
  /** Every JS file the page can load, dist-relative: entries, then what they import (transitively). */
  scripts: string[];
  /** Every stylesheet, dist-relative, with the ones they @import. */
  styles: string[];
}

type Kind = 'css' | 'js' | 'other';

const ORIGIN = 'http://page.invalid';

/** A URL as found in `from` (a dist-relative path) to a dist-relative path; undefined if not same-origin (https:, data:, …). */
function resolveRef(ref: string, from: string): string | undefined {
  const url = new URL(ref, `${ORIGIN}/${from}`);
  return url.origin === ORIGIN ? decodeURIComponent(url.pathname.slice(1)) : undefined;
}

/** Module specifiers a browser would fetch: relative or absolute paths and URLs (bare names cannot load without an import map). */
const isPath = (specifier: string) => /^(\.{0,2}\/|[a-z][a-z\d+.-]*:)/i.test(specifier);

/** The JS files a module imports, statically or by import() with a literal specifier. */
const jsImports = (source: string) => parseModule(source)[0].flatMap((i) => (i.n !== undefined && isPath(i.n) ? [i.n] : []));

/** The files a stylesheet pulls in: @import and url() (an upper bound: a font or image loads only if a rule uses it). */
const cssRefs = (source: string) =>
  [...source.matchAll(/@import\s+(["'])([^"']+)\1|url\(\s*(["']?)([^"')]+)\3\s*\)/g)]
    .map((m) => (m[2] ?? m[4]!).trim())
    .filter((ref) => !ref.startsWith('#'));

/** The kind of file a <link> loads, by its rel (and `as` for preloads); undefined if it loads nothing. */
function linkKind(rel: string, as: string | undefined): Kind | undefined {
  const tokens = rel.toLowerCase().split(/\s+/);
  if (tokens.includes('stylesheet')) return 'css';
  if (tokens.includes('modulepreload')) return 'js';
  if (tokens.includes('preload')) return as === 'script' ? 'js' : as === 'style' ? 'css' : 'other';
  if (tokens.some((t) => ['icon', 'apple-touch-icon', 'mask-icon', 'manifest'].includes(t))) return 'other';
  return undefined;
}

/** Sizes of the files pages share (scripts, stylesheets), kept between calls over one unchanged `dist`. */
export type WeightCache = Map<string, { data: Buffer; gzip: number }>;

/**
 * The weight of `page` (a path relative to `dist`, e.g. "programy/x/index.html"). Pass the same
 * `cache` when weighing many pages of one build, so shared files are read and compressed once.
 */
export function pageWeight(dist: string, page: string, cache: WeightCache = new Map()): PageWeight {
  const read = (path: string, from: string) => {
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`${page}: ${path} is missing (referenced by ${from})`);
    return readFileSync(file);
  };
  const shared = (path: string, from: string) => {
    let hit = cache.get(path);
    if (!hit) {
      const data = read(path, from);
      cache.set(path, (hit = { data, gzip: gzipSync(data).length }));
    }
    return hit;
  };
  const html = read(page, page);
  const files = new Map<string, Kind>();
  const queue: { path: string; from: string }[] = [];
  const add = (ref: string | undefined, from: string, kind: Kind) => {
    const path = ref === undefined ? undefined : resolveRef(ref, from);
    if (path === undefined || files.has(path)) return;
    files.set(path, kind);
    queue.push({ path, from });
  };

  const root = parse(html.toString('utf8'));
  for (const el of root.querySelectorAll('script, link, img')) {
    if (el.tagName === 'SCRIPT') {
      const src = el.getAttribute('src');
      if (src !== undefined) add(src, page, 'js');
      // An inline module can import too; its own bytes are in the HTML.
      else if (el.getAttribute('type') === 'module') for (const ref of jsImports(el.rawText)) add(ref, page, 'js');
    } else if (el.tagName === 'LINK') {
      const kind = linkKind(el.getAttribute('rel') ?? '', el.getAttribute('as'));
      if (kind) add(el.getAttribute('href'), page, kind);
    } else add(el.getAttribute('src'), page, 'other');
  }
  // Follow what scripts import and stylesheets pull in; `queue` grows while this runs.
  const bytes = new Map<string, { data: Buffer; gzip: number }>();
  for (let i = 0; i < queue.length; i++) {
    const { path, from } = queue[i]!;
    const file = shared(path, from);
    bytes.set(path, file);
    const data = file.data;
    if (files.get(path) === 'js') for (const ref of jsImports(data.toString('utf8'))) add(ref, path, 'js');
    if (files.get(path) === 'css') for (const ref of cssRefs(data.toString('utf8'))) add(ref, path, ref.endsWith('.css') ? 'css' : 'other');
  }

  const measure = (data: Buffer): Bytes => ({ raw: data.length, gzip: gzipSync(data).length });
  const sum = (list: Bytes[]): Bytes => ({ raw: list.reduce((n, b) => n + b.raw, 0), gzip: list.reduce((n, b) => n + b.gzip, 0) });
  const of = (kind: Kind) => [...files].filter(([, k]) => k === kind).map(([path]) => path);
  const weigh = (kind: Kind) => sum(of(kind).map((path) => ({ raw: bytes.get(path)!.data.length, gzip: bytes.get(path)!.gzip })));
  const parts = { html: measure(html), css: weigh('css'), js: weigh('js'), other: weigh('other') };
  return { ...parts, total: sum(Object.values(parts)), scripts: of('js'), styles: of('css') };
}

export type PageType =
  | 'home'
  | 'programmes'
  | 'programme'
  | 'goal'
  | 'report'
  | 'indicator'
  | 'series'
  | 'help'
  | 'institution'
  | 'municipality'
  | 'search'
  | 'explorer'
  | 'data'
  | 'other';

/**
 * The kind of page at a dist-relative path ("programy/x/cele/1/index.html", or its URL "/programy/x/cele/1/"),
 * after the routes in src/pages/. The explorer is /wskazniki/ and each programme's /wskazniki/<programme>/, with their pages;
 * "series" includes the list at /wskazniki/serie/.
 */
export function pageType(page: string): PageType {
  const s = page
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  // /uk/… and /en/… pages are the same types as their Polish pages (src/lib/langs.ts).
  if (s[0] === 'uk' || s[0] === 'en') s.shift();
  if (s.length === 0) return 'home';
  if (s[0] === 'programy' && s.length === 1) return 'programmes';
  if (s[0] === 'programy' && s.length === 2) return 'programme';
  if (s[0] === 'programy' && s.length === 4 && s[2] === 'cele') return 'goal';
  if (s[0] === 'programy' && s.length === 4 && s[2] === 'sprawozdania') return 'report';
  if (s[0] === 'wskazniki' && s[1] === 'serie' && s.length <= 3) return 'series';
  if (s[0] === 'wskazniki' && s.length <= 2) return 'explorer';
  // Further pages of a table: /wskazniki/strona/<n>/ and /wskazniki/<programme>/strona/<n>/.
  if (s[0] === 'wskazniki' && s.at(-2) === EXPLORER_PAGE_SEGMENT && (s.length === 3 || s.length === 4)) return 'explorer';
  if (s[0] === 'wskazniki' && s.length === 3) return 'indicator';
  if (s[0] === 'pomoc') return s.length === 1 ? 'help' : s.length === 2 ? 'institution' : 'other';
  if (s[0] === 'gminy' && s.length === 2) return 'municipality';
  if (s[0] === 'szukaj' && s.length === 1) return 'search';
  if (s[0] === 'dane') return 'data';
  return 'other';
}
