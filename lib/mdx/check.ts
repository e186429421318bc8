import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { customComponents, mdxOptions } from './options';

const codeNodes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Fails on what the renderer would silently drop or choke on: code in content, unknown components. */
function remarkContentIsData() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (codeNodes.has(node.type)) {
        file.fail('{expressions}, import and export are not allowed in content', node);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && !(customComponents as readonly string[]).includes(name)) {
          file.fail(`unknown component <${name}>: use one of ${customComponents.join(', ')}`, node);
        }
        for (const attribute of node.attributes) {
          if (
            attribute.type !== 'mdxJsxAttribute' ||
            (attribute.value !== null && typeof attribute.value !== 'string')
          ) {
            file.fail(`<${name}> takes plain string props only`, node);
          }
        }
      }
    });
  };
}

/** Compiles an MDX body without running it; returns the error an editor can act on, if any. */
export async function mdxSyntaxError(body: string, lineOffset = 0): Promise<string | undefined> {
  try {
    await compile(body, {
      ...mdxOptions,
      remarkPlugins: [...mdxOptions.remarkPlugins, remarkContentIsData],
      format: 'mdx',
    });
    return undefined;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    const where = e.line ? ` (line ${e.line + lineOffset})` : '';
    return `MDX does not compile${where}: ${e.reason ?? e.message ?? String(error)}`;
  }
}
