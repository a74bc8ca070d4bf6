// Every thousands separator in a page's text made a no-break space, whatever wrote the text:
// formatNumber already gives one, but values quoted from documents ("3 600 spotkań"), facts,
// phone numbers and MDX bodies arrive with plain spaces. Applied to each built page (src/middleware.ts)
// rather than to content, so exports and tel: links keep the source text exactly.
import { parse, type Node } from 'node-html-parser';
import { keepNumbersTogether } from './format.ts';

// Their text is not page text: code and styles are left exactly as written.
const RAW = new Set(['script', 'style']);
const ELEMENT = 1;
const TEXT = 3;

/** The page with keepNumbersTogether applied to its text nodes only: tags, attributes (href="tel:…"), scripts untouched. */
export function keepNumbersTogetherInHtml(html: string): string {
  if (!/\d \d{3}/.test(html)) return html;
  const root = parse(html, { comment: true, blockTextElements: { script: true, style: true } });
  const ranges: (readonly [number, number])[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT) ranges.push(child.range);
      else if (child.nodeType === ELEMENT && !RAW.has(child.rawTagName?.toLowerCase() ?? '')) visit(child);
    }
  };
  visit(root);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += html.slice(at, start) + keepNumbersTogether(html.slice(start, end));
    at = end;
  }
  return out + html.slice(at);
}
