import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { disallowedNode } from '../mdx/allowlist';

/**
 * Facts about an MDX body, read from its syntax tree (mdast, with GFM, as the renderer parses it)
 * in one walk: headings and the ids the page gives them, links, citations, components used, the
 * prose, and nodes outside the content allowlist.
 */

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

interface BodyHeading extends Heading {
  /** Offsets in the body: where the heading ends and its section's text begins. */
  contentStart: number;
  /** Where the heading itself starts. */
  start: number;
}

export interface BodyLink {
  url: string;
  /** Line in the body (1-based). */
  line: number;
  /** `link` (inline, reference or bare GFM URL), `definition` ([id]: url) or `image`. */
  kind: 'link' | 'definition' | 'image';
}

export interface BodyProblem {
  /** Line in the body (1-based), when known. */
  line?: number;
  message: string;
}

export interface BodyFacts {
  headings: BodyHeading[];
  links: BodyLink[];
  /** Reference ids cited with `<Cite id="…" />`, in order. */
  citations: string[];
  /** Names of the MDX components the body uses. */
  components: Set<string>;
  /** The words a reader reads in the body (text, inline code, titles, captions), for editorial rules. */
  prose: string;
  /** False when the body is not valid MDX: the other facts are then empty, not true. */
  parsed: boolean;
  /** The body does not parse, or has nodes outside the allowlist. */
  problems: BodyProblem[];
}

/** Component props whose text readers read (a callout's title, a table's caption). */
const proseAttributes = ['title', 'caption'];

const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** The body's syntax tree; throws the parser's message (with line) if it is not valid MDX. */
export function parseBody(body: string): Root {
  return parser.parse(body) as Root;
}

/**
 * The text rehype-slug slugs: hast-util-to-string of the rendered heading, i.e. every text node
 * below it (inline code included, image alt text not, a line break as "\n").
 */
function renderedText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return '';
  return 'children' in node ? (node.children as Nodes[]).map(renderedText).join('') : '';
}

function stringAttribute(node: Nodes, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Everything the content checks need to know about a body, from one walk of its syntax tree. */
export function bodyFacts(body: string): BodyFacts {
  const facts: BodyFacts = {
    headings: [],
    links: [],
    citations: [],
    components: new Set(),
    prose: '',
    parsed: false,
    problems: [],
  };
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    facts.problems.push({
      line: e.line,
      message: `MDX does not compile: ${e.reason ?? e.message ?? String(error)}`,
    });
    return facts;
  }
  facts.parsed = true;

  // rehype-slug gives every h1–h6 an id from one slugger, in document order.
  const slugger = new GithubSlugger();
  const words: string[] = [];
  const walk = (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    const reason = disallowedNode(node);
    if (reason) facts.problems.push({ line, message: reason });

    switch (node.type) {
      case 'heading': {
        const raw = renderedText(node);
        const id = slugger.slug(raw);
        if (node.depth === 2 || node.depth === 3) {
          facts.headings.push({
            depth: node.depth,
            text: raw.replace(/\s+/g, ' ').trim(),
            id,
            start: node.position?.start.offset ?? 0,
            contentStart: node.position?.end.offset ?? 0,
          });
        }
        break;
      }
      case 'link':
      case 'definition':
        facts.links.push({ url: node.url, line, kind: node.type });
        break;
      case 'image':
        facts.links.push({ url: node.url, line, kind: 'image' });
        break;
      case 'text':
      case 'inlineCode':
        words.push(node.value);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name) facts.components.add(node.name);
        if (node.name === 'Cite') facts.citations.push(stringAttribute(node, 'id') ?? '');
        // Titles and captions are read like the text around them.
        for (const name of proseAttributes) {
          const value = stringAttribute(node, name);
          if (value) words.push(value);
        }
        break;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  facts.prose = words.join(' ');
  facts.links.sort((a, b) => a.line - b.line);
  return facts;
}

/** The h2/h3 headings of an MDX body, with the ids the rendered page gives them. */
export function extractHeadings(body: string): Heading[] {
  return bodyFacts(body).headings.map(({ depth, text, id }) => ({ depth, text, id }));
}

/** Text a reader reads: markup, components and link targets removed (for word counts and reading grade). */
export function plainText(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ''))
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, ' ')
    .replace(/^(#{1,6})\s+(.+)$/gm, '$2.')
    .replace(/[|*_>#`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Section {
  heading: Heading;
  /** Plain text from this heading to the next h2/h3. */
  text: string;
}

/** The body split at its h2/h3 headings, each part as plain text (for section-level search). */
export function extractSections(body: string): Section[] {
  const headings = bodyFacts(body).headings;
  return headings.map(({ depth, text, id, contentStart }, i) => ({
    heading: { depth, text, id },
    text: plainText(body.slice(contentStart, headings[i + 1]?.start ?? body.length)),
  }));
}
