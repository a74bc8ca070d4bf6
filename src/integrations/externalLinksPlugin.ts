// A Markdown (Sätteri hast) plugin: links in MDX bodies that leave the site get
// rel="noopener noreferrer" and say so — visibly (an arrow) and for screen readers (hidden text).
import type { HastPluginDefinition } from 'satteri';

/** True for absolute http(s) links; everything else (paths, #anchors, mailto:) stays on the site. */
export const isExternal = (href: unknown): boolean => typeof href === 'string' && /^https?:\/\//i.test(href);

export function externalLinksPlugin(label: string): HastPluginDefinition {
  return {
    name: 'miernik-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        if (!isExternal(node.properties?.href)) return;
        ctx.setProperty(node, 'rel', 'noopener noreferrer');
        ctx.setProperty(node, 'className', ['external']);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ` (${label})` }],
        });
      },
    },
  };
}
