import { nodeTypes } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkContentAllowlist } from './allowlist';
import { remarkParseOnce } from './parse';

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

export { customComponents, type CustomComponent } from './allowlist';

/**
 * The one set of MDX compile options, shared by rendering and the content check: the tree comes
 * from `parseMdx` (parsed once per process), and the allowlist refuses at render time whatever
 * the check refuses.
 */
export const mdxOptions = {
  remarkPlugins: [remarkParseOnce, remarkGfm, remarkContentAllowlist],
  rehypePlugins: [rehypeSlug, rehypeTableScopes],
};

/** mdast to hast as @mdx-js/mdx does it (MDX nodes passed through), then the render's rehype plugins. */
const toHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
  .use(mdxOptions.rehypePlugins);

/**
 * The HTML tree (hast) the page renders from a body's syntax tree: its heading ids are the ones
 * rehype-slug gives the rendered page, because they come from rehype-slug.
 */
export function renderedHast(tree: MdastRoot): Root {
  return toHast.runSync(structuredClone(tree)) as Root;
}
