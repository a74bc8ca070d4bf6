// Text nodes of a built site where a thousands separator is a plain space ("3 600"), read with an HTML parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'node-html-parser';
import { htmlPages } from '../../scripts/lib/dist.ts';

const PLAIN_GROUP = /\d \d{3}(?!\d)/;

/** "page: text" for each text node (outside <script> and <style>) with a digit, a U+0020 and three digits. */
export function plainGroupSpaces(root: string): string[] {
  const found: string[] = [];
  for (const page of htmlPages(root)) {
    const doc = parse(readFileSync(join(root, page), 'utf8'), { comment: false, blockTextElements: { script: false, style: false } });
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3 && PLAIN_GROUP.test(child.text)) found.push(`${page}: ${child.text.trim().slice(0, 80)}`);
        else if (child.nodeType === 1) visit(child);
      }
    };
    visit(doc);
  }
  return found;
}

/** How many text nodes of the site hold a number grouped with a no-break space (U+00A0). */
export function nbspGroups(root: string): number {
  let n = 0;
  for (const page of htmlPages(root)) n += (readFileSync(join(root, page), 'utf8').match(/\d\u00a0\d{3}(?!\d)/g) ?? []).length;
  return n;
}
