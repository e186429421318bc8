import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { extractHeadings } from '@/lib/content/body';
import { renderMdx } from '@/components/mdx/mdx-content';

/** The page's own renderer (lib/mdx/render) against the checker's facts about the same body. */

async function renderToHtml(body: string): Promise<string> {
  const { prelude } = await prerender(
    await renderMdx(body, { file: 'test.mdx', referenceIds: ['one'] }),
  );
  return new Response(prelude).text();
}

const body = `Intro with a bare https://example.org link.

# A title-level heading takes a slug first

## What IOP *is* <Cite id="one" />

### How \`many\` hours, [really](/faq)?

Setext heading here
-------------------

## What IOP is

<Callout type="info" title="Inside a component">

### Nested in a callout

</Callout>

## Costs & insurance: 100% (about)

\`\`\`md
## Not a heading inside code
\`\`\`

#### Too deep for the contents
`;

describe('heading ids', () => {
  it('match exactly what the rendered page gives each h2 and h3', async () => {
    const html = await renderToHtml(body);
    const rendered = [...html.matchAll(/<h([23])[^>]*\bid="([^"]*)"/g)].map((m) => m[2]);
    const checked = extractHeadings(body).map((h) => h.id);
    expect(checked.length).toBe(6);
    expect(checked).toEqual(rendered);
  });
});

describe('rendering uses the same allowlist as the check', () => {
  it.each([
    '<script>alert(1)</script>',
    '<iframe src="https://example.org"></iframe>',
    '<img src="https://example.org/x.png" alt="" />',
    '<div onClick="x()">hi</div>',
    '<abbr title="x" onMouseOver="x()">IOP</abbr>',
  ])('refuses %s, naming the file', async (html) => {
    await expect(renderMdx(`Text. ${html}`, { file: 'content/articles/x.mdx' })).rejects.toThrow(
      /^content\/articles\/x\.mdx: body: [\s\S]*not allowed in content/,
    );
  });

  it('renders the allowlisted elements', async () => {
    const html = await renderToHtml(
      'The <abbr title="intensive outpatient program">IOP</abbr> plan.',
    );
    expect(html).toContain('<abbr title="intensive outpatient program">IOP</abbr>');
  });
});
