// A Markdown (Sätteri hast) plugin: in MDX bodies, wraps the first use of each glossary
// abbreviation in <abbr title="full name">. Headings, links and code are left alone.
import type { HastPluginDefinition } from 'satteri';
import type { ElementContent } from 'hast';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { abbreviationPattern, splitAbbreviations } from '../lib/abbreviations.ts';

const SKIP = new Set(['abbr', 'a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function abbrPlugin(glossary: readonly GlossaryEntry[]): HastPluginDefinition {
  const pattern = abbreviationPattern(glossary);
  return {
    name: 'miernik-abbr',
    before(_root, ctx) {
      ctx.data.abbrSeen = new Set<string>();
    },
    text(node, ctx) {
      if (!pattern) return;
      pattern.lastIndex = 0;
      if (!pattern.test(node.value)) return;
      const parent = ctx.parent(node);
      if (parent && 'tagName' in parent && SKIP.has(parent.tagName)) return;
      const segments = splitAbbreviations(node.value, glossary, ctx.data.abbrSeen as Set<string>, pattern);
      if (segments.every((s) => 'text' in s)) return;
      ctx.replaceNode(
        node,
        segments.map((s): ElementContent =>
          'abbr' in s
            ? { type: 'element', tagName: 'abbr', properties: { title: s.title }, children: [{ type: 'text', value: s.abbr }] }
            : { type: 'text', value: s.text },
        ),
      );
    },
  };
}
