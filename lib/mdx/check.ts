import { compile } from '@mdx-js/mdx';
import { mdxOptions } from './options';

/**
 * Compiles an MDX body without running it, with the render options (allowlist included);
 * returns the error an editor can act on, if any.
 */
export async function mdxSyntaxError(body: string, lineOffset = 0): Promise<string | undefined> {
  try {
    await compile(body, { ...mdxOptions, format: 'mdx' });
    return undefined;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    const where = e.line ? ` (line ${e.line + lineOffset})` : '';
    return `MDX does not compile${where}: ${e.reason ?? e.message ?? String(error)}`;
  }
}
