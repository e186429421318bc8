import type { MDXComponents } from 'mdx/types';
import { compileMDX } from 'next-mdx-remote/rsc';
import { mdxOptions } from './options';

/**
 * Renders an MDX body with the given components map (components/mdx/mdx-content.tsx holds the
 * site's one map). Content is data: no JS expressions run. The tree comes from `parseMdx`: the
 * body is not parsed again.
 */
export async function compileMdx(
  source: string,
  { components, file }: { components: MDXComponents; file: string },
) {
  try {
    const { content } = await compileMDX({ source, components, options: { mdxOptions } });
    return content;
  } catch (error) {
    throw new Error(`${file}: body: ${error instanceof Error ? error.message : String(error)}`);
  }
}
