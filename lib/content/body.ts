import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** Removes fenced code so examples inside it are not read as headings or links. */
function withoutCode(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ''));
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Plain text of a heading line: markdown emphasis, code and link syntax removed. */
function plainHeadingText(raw: string): string {
  return raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/**
 * The h2/h3 headings of an MDX body, with the ids rehype-slug gives them
 * (the same GitHub slugger, in document order), for the table of contents and anchor checks.
 */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const match of withoutCode(body).matchAll(/^(#{1,6})[ \t]+(.+)$/gm)) {
    const depth = match[1]!.length;
    const text = plainHeadingText(match[2]!);
    const id = slugger.slug(text);
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

export interface BodyLink {
  url: string;
  line: number;
}

/** Every link target written in a body, as markdown `(url)` or as an `href="url"` attribute. */
export function extractLinks(body: string): BodyLink[] {
  const source = withoutCode(body);
  const patterns = [/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\bhref="([^"]+)"/g];
  return patterns
    .flatMap((pattern) => [...source.matchAll(pattern)])
    .map((m) => ({ url: m[1]!, line: lineAt(source, m.index) }))
    .sort((a, b) => a.line - b.line);
}

/** The reference ids cited in a body with `<Cite id="..." />`. */
export function extractCitations(body: string): string[] {
  return [...withoutCode(body).matchAll(/<Cite\s+id="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

/** Text a reader reads: markup, components and link targets removed (for word counts and reading grade). */
export function plainText(body: string): string {
  return withoutCode(body)
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
  const headings = extractHeadings(body);
  const parts = withoutCode(body).split(/^#{2,3}[ \t]+.+$/m);
  return headings.map((heading, i) => ({ heading, text: plainText(parts[i + 1] ?? '') }));
}
