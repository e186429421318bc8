import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * What MDX content may contain, in one place: the content check reports every node outside it
 * (naming the line), and rendering refuses the same nodes, so nothing outside it can reach a page.
 */

/** Components content may use; the renderer's map must provide each one. */
export const customComponents = [
  'Callout',
  'Checklist',
  'Table',
  'Cite',
  'HelplineDetails',
  'WithdrawalSafety',
  'OverdoseSafety',
  'CrisisHelp',
  'FindProgramForm',
] as const;
export type CustomComponent = (typeof customComponents)[number];

/**
 * Lowercase (HTML) elements content may write by hand, each with the attributes it may take.
 * Everything else (`<script>`, `<iframe>`, `<img>`, `<style>`, `<a>`, `<div>`…) is refused:
 * write markdown or use a component.
 */
export const allowedHtmlElements: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  small: [],
};

const codeNodes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** Why a node may not appear in content, or undefined when it may. */
export function disallowedNode(node: Nodes): string | undefined {
  if (codeNodes.has(node.type))
    return '{expressions}, import and export are not allowed in content';
  if (node.type === 'html') return 'raw HTML is not allowed in content';
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;

  const name = node.name;
  if (!name) return 'fragments (<>…</>) are not allowed in content';
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !(customComponents as readonly string[]).includes(name)) {
    return `unknown component <${name}>: use one of ${customComponents.join(', ')}`;
  }
  const allowedAttributes = isComponent ? undefined : allowedHtmlElements[name];
  if (!isComponent && !allowedAttributes) {
    return (
      `the HTML element <${name}> is not allowed in content (allowed: ` +
      `${Object.keys(allowedHtmlElements).join(', ')}): write markdown or use a component`
    );
  }
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') return `<${name}> takes plain string props only`;
    if (/^on/i.test(attribute.name)) {
      return `event-handler attribute "${attribute.name}" on <${name}> is not allowed in content`;
    }
    if (attribute.value !== null && typeof attribute.value !== 'string') {
      return `<${name}> takes plain string props only`;
    }
    if (allowedAttributes && !allowedAttributes.includes(attribute.name)) {
      return `attribute "${attribute.name}" on <${name}> is not allowed in content`;
    }
  }
  return undefined;
}

/**
 * remark plugin for rendering and compiling: fails on the first node outside the allowlist,
 * so a page can never render a node the content check would refuse.
 */
export function remarkContentAllowlist() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const reason = disallowedNode(node as Nodes);
      if (reason) file.fail(reason, node);
    });
  };
}
