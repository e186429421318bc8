import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Nodes, Root } from 'mdast';
import { disallowedNode } from '../mdx/allowlist';
import { renderedHast } from '../mdx/options';
import { parseMdx } from '../mdx/parse';

/**
 * Facts about an MDX body, all from its one syntax tree (lib/mdx/parse.ts) and the HTML tree the
 * page renders from it: what the source says (links, citations, components, nodes outside the
 * allowlist) from the mdast; what a reader sees (headings with the page's ids, reader text,
 * sections) from the hast. Computed once per body per process.
 */

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
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

export interface Section {
  heading: Heading;
  /** Reader text from this heading to the next h2/h3. */
  text: string;
}

export interface BodyFacts {
  /** The h2/h3 headings, with the ids the rendered page gives them. */
  headings: Heading[];
  /** The body split at its h2/h3 headings (for section-level search). */
  sections: Section[];
  links: BodyLink[];
  /** Reference ids cited with `<Cite id="…" />`, in order. */
  citations: string[];
  /** Names of the MDX components the body uses. */
  components: Set<string>;
  /**
   * The words a reader reads in the body (text, inline code, headings as sentences, callout titles
   * and table captions; no code blocks or link targets): for word counts, reading grades, search
   * and editorial rules.
   */
  prose: string;
  /** False when the body is not valid MDX: the other facts are then empty, not true. */
  parsed: boolean;
  /** The body does not parse, or has nodes outside the allowlist. */
  problems: BodyProblem[];
}

/** Component props whose text readers read (a callout's title, a table's caption). */
const proseAttributes = ['title', 'caption'];

/** Elements that end a run of words: their text never runs into the next element's. */
const blockElements = new Set([
  'p', 'li', 'ul', 'ol', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'div', 'section',
]);
const headingElement = /^h([1-6])$/;

type HastNode = HastRoot | RootContent | ElementContent;

function stringAttribute(node: { attributes?: unknown[] }, name: string): string | undefined {
  const attribute = (node.attributes ?? []).find(
    (a): a is { type: 'mdxJsxAttribute'; name: string; value: unknown } =>
      (a as { type?: string }).type === 'mdxJsxAttribute' && (a as { name?: string }).name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

const isJsx = (node: { type: string }) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Every text node below a node, as the reader sees it run together (what rehype-slug slugs too). */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A heading read as a sentence of its own. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Headings, sections and reader text, in one walk of the rendered tree. */
function readerFacts(hast: HastRoot): Pick<BodyFacts, 'headings' | 'sections' | 'prose'> {
  const headings: Heading[] = [];
  const all: string[] = [];
  const sections: Array<{ heading: Heading; words: string[] }> = [];
  const say = (words: string) => {
    all.push(words);
    sections.at(-1)?.words.push(words);
  };
  const walk = (node: HastNode) => {
    if (node.type === 'text') return say(node.value);
    if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'pre' || element.tagName === 'img') return;
      const depth = Number(headingElement.exec(element.tagName)?.[1] ?? 0);
      if (depth) {
        const text = collapse(textOf(element));
        if (depth === 2 || depth === 3) {
          const heading: Heading = { depth, text, id: String(element.properties.id ?? '') };
          headings.push(heading);
          all.push(` ${asSentence(text)} `);
          sections.push({ heading, words: [] });
        } else if (text) {
          say(` ${asSentence(text)} `);
        }
        return;
      }
    }
    if (isJsx(node)) {
      for (const name of proseAttributes) {
        const value = stringAttribute(node as { attributes?: unknown[] }, name);
        if (value) say(` ${asSentence(value)} `);
      }
    }
    const block = isJsx(node) || (node.type === 'element' && blockElements.has((node as Element).tagName));
    if (block) say(' ');
    if ('children' in node) (node.children as HastNode[]).forEach(walk);
    if (block) say(' ');
  };
  walk(hast);
  return {
    headings,
    sections: sections.map(({ heading, words }) => ({ heading, text: collapse(words.join('')) })),
    prose: collapse(all.join('')),
  };
}

/** What the source says, in one walk of the syntax tree: links, citations, components, nodes outside the allowlist. */
function sourceFacts(tree: Root): Pick<BodyFacts, 'links' | 'citations' | 'components' | 'problems'> {
  const facts: ReturnType<typeof sourceFacts> = { links: [], citations: [], components: new Set(), problems: [] };
  const walk = (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    const reason = disallowedNode(node);
    if (reason) facts.problems.push({ line, message: reason });
    switch (node.type) {
      case 'link':
      case 'definition':
        facts.links.push({ url: node.url, line, kind: node.type });
        break;
      case 'image':
        facts.links.push({ url: node.url, line, kind: 'image' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name) facts.components.add(node.name);
        if (node.name === 'Cite') facts.citations.push(stringAttribute(node, 'id') ?? '');
        break;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  facts.links.sort((a, b) => a.line - b.line);
  return facts;
}

const cache = new Map<string, BodyFacts>();

/** Everything the content checks, pages and search need to know about a body (computed once per body). */
export function bodyFacts(body: string): BodyFacts {
  let facts = cache.get(body);
  if (!facts) {
    facts = computeFacts(body);
    cache.set(body, facts);
  }
  return facts;
}

function computeFacts(body: string): BodyFacts {
  try {
    const tree = parseMdx(body);
    return { ...sourceFacts(tree), ...readerFacts(renderedHast(tree)), parsed: true };
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    return {
      headings: [],
      sections: [],
      links: [],
      citations: [],
      components: new Set(),
      prose: '',
      parsed: false,
      problems: [{ line: e.line, message: `MDX does not compile: ${e.reason ?? e.message ?? String(error)}` }],
    };
  }
}

/** The h2/h3 headings of an MDX body, with the ids the rendered page gives them. */
export function extractHeadings(body: string): Heading[] {
  return bodyFacts(body).headings;
}

/** Text a reader reads: markup, components and link targets removed (for word counts and reading grade). */
export function plainText(body: string): string {
  return bodyFacts(body).prose;
}

/** The body split at its h2/h3 headings, each part as reader text (for section-level search). */
export function extractSections(body: string): Section[] {
  return bodyFacts(body).sections;
}
