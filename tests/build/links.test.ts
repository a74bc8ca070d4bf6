// No broken internal links (DESIGN.md, "Tests, in layers"): every same-site href/src/srcset of
// every built page resolves to a file in dist/ (a directory to its index.html), and every
// #fragment, on the same page or another, to an element id in the target page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../../scripts/lib/dist.ts';
import { URL_ATTRS } from '../support/urlAttrs.ts';

const pages = htmlPages();
const BASE = 'http://miernik.invalid';
// The public address, when the build was given one: absolute links to it are internal too.
const SITE = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;

let parser: Parser;
const parsed = new Map<string, HtmlElement>();
/** The parsed DOM of a page of dist/ (cached). */
function dom(page: string): HtmlElement {
  let root = parsed.get(page);
  if (!root) {
    root = parser.parseHtml(readFileSync(join(DIST, page), 'utf8'));
    parsed.set(page, root);
  }
  return root;
}
const ids = new Map<string, Set<string>>();
/** Everything a fragment can name in a page: element ids and (legacy) a[name]. */
function anchorsOf(page: string): Set<string> {
  let set = ids.get(page);
  if (!set) {
    const root = dom(page);
    set = new Set([
      ...root.querySelectorAll('[id]').map((e) => e.id ?? ''),
      ...root.querySelectorAll('a[name]').map((e) => e.getAttributeValue('name') ?? ''),
    ]);
    ids.set(page, set);
  }
  return set;
}

/** The URL a page is served at: `a/b/index.html` → `/a/b/`. */
const pageUrl = (page: string) => '/' + page.replace(/(^|\/)index\.html$/, '$1');

/** The file in dist/ a same-site path names, or an error. */
function resolvePath(pathname: string): { file?: string; error?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'malformed percent-encoding' };
  }
  const full = normalize(join(DIST, decoded));
  if (full !== DIST && !full.startsWith(DIST + sep)) return { error: 'points outside the site' };
  if (!existsSync(full)) return { error: 'no such file in dist' };
  if (statSync(full).isDirectory()) {
    if (!existsSync(join(full, 'index.html'))) return { error: 'directory without index.html' };
    // trailingSlash: 'always' (astro.config.mjs): a directory without the slash is a redirect at
    // best, and relative links on the target page would resolve against the wrong directory.
    if (!decoded.endsWith('/')) return { error: "directory without the trailing slash (trailingSlash: 'always')" };
    return { file: join(full, 'index.html') };
  }
  return { file: full };
}

/** URLs named by a srcset attribute. */
const srcsetUrls = (value: string) =>
  value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

function brokenLinks(page: string): string[] {
  const problems: string[] = [];
  const here = new URL(pageUrl(page), BASE);
  const root = dom(page);
  for (const [selector, attr] of URL_ATTRS) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttributeValue(attr);
      if (value === null) continue;
      const refs = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const ref of refs) {
        const where = `${page}:${el.location.line}:${el.location.column} <${el.tagName} ${attr}="${ref}">`;
        if (ref === '') {
          problems.push(`${where}: empty URL`);
          continue;
        }
        let url: URL;
        try {
          url = new URL(ref, here);
        } catch {
          problems.push(`${where}: not a URL`);
          continue;
        }
        const internal = url.origin === BASE || (SITE !== null && url.origin === SITE);
        if (!internal) continue; // another origin, mailto:, tel:, data: — not ours to resolve
        const { file, error } = resolvePath(url.pathname);
        if (error) {
          problems.push(`${where}: ${error}`);
          continue;
        }
        const fragment = url.hash.slice(1);
        // "#" and "#top" mean the top of the document (HTML spec); only HTML pages have ids.
        if (!fragment || fragment.toLowerCase() === 'top' || !file!.endsWith('.html')) continue;
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          problems.push(`${where}: malformed percent-encoding in the fragment`);
          continue;
        }
        const target = file!
          .slice(DIST.length + 1)
          .split(sep)
          .join('/');
        if (!anchorsOf(target).has(id)) problems.push(`${where}: no element with id "${id}" in ${target}`);
      }
    }
  }
  return problems;
}

describe(`internal links in ${DIST}`, () => {
  beforeAll(async () => {
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
    parser = new Parser(await validator.getConfigFor('page.html'));
  });

  it('the build has pages to check', () => {
    expect(pages).toContain('index.html');
  });

  it.each(pages)('%s', (page) => {
    const problems = brokenLinks(page);
    if (problems.length) expect.fail(`${problems.length} broken link(s):\n${problems.join('\n')}`);
  });
});
