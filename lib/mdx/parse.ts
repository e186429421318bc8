import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import type { Processor } from 'unified';

/**
 * The one place MDX text becomes a syntax tree: each body is parsed once per process, and every
 * consumer (the loader's facts, search, the content check's compile, the page's render) starts
 * from that tree. Compiles get it through `remarkParseOnce`, which `mdxOptions` puts first.
 */

/** MDX with GFM: the syntax the renderer reads. */
const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

const trees = new Map<string, Root | { error: unknown }>();

/** The body's syntax tree (mdast), parsed on first use; throws the parser's error (with line) if it is not valid MDX. */
export function parseMdx(body: string): Root {
  let entry = trees.get(body);
  if (!entry) {
    try {
      entry = parser.parse(body) as Root;
    } catch (error) {
      entry = { error };
    }
    trees.set(body, entry);
  }
  if ('error' in entry) throw entry.error;
  return entry;
}

/**
 * remark plugin: the processor takes its tree from `parseMdx` instead of parsing the text again
 * (unified lets a plugin set the parser). Compiling changes the tree, so it gets a copy.
 */
export function remarkParseOnce(this: Processor) {
  this.parser = (document: string) => structuredClone(parseMdx(document));
}
