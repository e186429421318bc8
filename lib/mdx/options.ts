import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Element, Root, RootContent } from 'hast';

function isElement(node: RootContent | Root, tag?: string): node is Element {
  return node.type === 'element' && (tag === undefined || node.tagName === tag);
}

function childElements(node: Element | Root, tag: string): Element[] {
  return (node.children as RootContent[]).filter((child): child is Element =>
    isElement(child, tag),
  );
}

/**
 * Gives every table header cell a scope: header-row cells `col`, and the first cell of each
 * body row becomes a `th scope="row"`, so screen readers announce both headers for each cell.
 */
export function rehypeTableScopes() {
  return (tree: Root) => {
    // MDX JSX (e.g. <Table>) wraps tables in non-element nodes, so walk every node with children.
    const visit = (node: { children?: unknown[] }) => {
      for (const child of (node.children ?? []) as Array<RootContent & { children?: unknown[] }>) {
        if (!isElement(child)) {
          visit(child);
          continue;
        }
        if (child.tagName === 'table') {
          for (const row of childElements(child, 'thead').flatMap((h) => childElements(h, 'tr'))) {
            for (const cell of childElements(row, 'th')) cell.properties.scope = 'col';
          }
          for (const row of childElements(child, 'tbody').flatMap((b) => childElements(b, 'tr'))) {
            const first = row.children.find((c): c is Element => isElement(c));
            if (first) {
              first.tagName = 'th';
              first.properties.scope = 'row';
            }
          }
        } else {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}

/** Components content may use; the renderer's map must provide each one. */
export const customComponents = [
  'Callout',
  'Checklist',
  'Table',
  'Cite',
  'HelplineDetails',
  'WithdrawalSafety',
  'CrisisHelp',
  'FindProgramForm',
] as const;
export type CustomComponent = (typeof customComponents)[number];

/** The one set of MDX compile options, shared by rendering and the content check. */
export const mdxOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSlug, rehypeTableScopes],
};
