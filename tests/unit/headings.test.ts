import { describe, expect, it } from 'vitest';
import { extractHeadings, extractSections } from '@/lib/content/body';

const body = `Intro text.

## What IOP is

Some words.

### How *many* hours

More words with a [link](/faq).

## What IOP is

A repeated heading gets its own anchor.

\`\`\`md
## Not a heading inside code
\`\`\`

#### Too deep for the contents

## Costs & [insurance](/articles/x)
`;

describe('table of contents', () => {
  it('lists h2 and h3 headings in order with the anchors the page gives them', () => {
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: 'What IOP is', id: 'what-iop-is' },
      { depth: 3, text: 'How many hours', id: 'how-many-hours' },
      { depth: 2, text: 'What IOP is', id: 'what-iop-is-1' },
      { depth: 2, text: 'Costs & insurance', id: 'costs--insurance' },
    ]);
  });

  it('splits the body into sections for search, text without markup', () => {
    const sections = extractSections(body);
    expect(sections.map((s) => s.heading.id)).toEqual([
      'what-iop-is',
      'how-many-hours',
      'what-iop-is-1',
      'costs--insurance',
    ]);
    expect(sections[1]!.text).toBe('More words with a link.');
  });
});
