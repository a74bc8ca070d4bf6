// MDX bodies are written by editors and rendered into public pages: they may hold Markdown and a
// few harmless inline tags, never code. This finds imports/exports, {expressions}, components,
// <script>-like tags, on*= handlers, style attributes and javascript:/data: links in a parsed tree.

export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: MdxNode[];
}

export interface MdxProblem {
  line: number;
  col: number;
  message: string;
}

/** Inline tags an editor may use: they carry no behaviour. */
export const ALLOWED_TAGS = new Set(['abbr', 'br', 'sup', 'sub', 'small', 'strong', 'em', 'mark', 'span']);
const ALLOWED_ATTRIBUTES = new Set(['title', 'lang']);
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

export function mdxProblems(tree: MdxNode): MdxProblem[] {
  const problems: MdxProblem[] = [];
  const at = (node: MdxNode, message: string) =>
    problems.push({ line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1, message });
  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, 'instrukcje import/export są niedozwolone w treści');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(node, 'wyrażenia w nawiasach klamrowych są niedozwolone; aby wpisać znak „{”, poprzedź go ukośnikiem: \\{');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED_TAGS.has(name)) at(node, `znacznik <${name || '>'}> jest niedozwolony (dozwolone: ${[...ALLOWED_TAGS].join(', ')})`);
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') at(node, `atrybut z wyrażeniem w <${name}> jest niedozwolony`);
          else if (/^on/i.test(attr.name ?? '')) at(node, `atrybut „${attr.name}” (obsługa zdarzeń) jest niedozwolony`);
          else if (!ALLOWED_ATTRIBUTES.has(attr.name ?? ''))
            at(node, `atrybut „${attr.name}” w <${name}> jest niedozwolony (dozwolone: title, lang)`);
          else if (typeof attr.value === 'string' && UNSAFE_URL.test(attr.value)) at(node, `adres „${attr.value}” jest niedozwolony`);
        }
        break;
      }
      case 'link':
      case 'definition':
      case 'image':
        if (node.url && UNSAFE_URL.test(node.url))
          at(node, `adres „${node.url}” jest niedozwolony (dozwolone: https://, http://, mailto:, adresy w serwisie)`);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
