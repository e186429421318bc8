import path from 'node:path';
import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { treeWith, validFixture } from './content-tree';

/**
 * The review line, JSON-LD and people page rendered from the fixture tree, whose reviewer is a
 * named (fictional) clinician; and MDX rendered through the site's one renderer.
 */

async function html(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

/** The lib/content module (and everything that reads it) fresh, on a given content folder. */
async function withContent(dir: string) {
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('SITE_CONFIG_FILE', path.resolve('tests/fixtures/site-config.json'));
  vi.stubEnv('SITE_URL', 'https://iop.example');
  vi.resetModules();
  return {
    content: await import('@/lib/content'),
    structured: await import('@/lib/structured-data'),
    byline: await import('@/components/article/review-byline'),
  };
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllEnvs());

describe('a reviewed article (fixture clinician)', () => {
  it('shows "Medically reviewed by <name>, <credentials>, <date>" linking to the person page', async () => {
    const { content, byline } = await withContent(validFixture);
    const article = content.getArticle('first-steps')!;
    const out = await html(
      <byline.ReviewByline
        article={article}
        author={content.getPerson(article.author)!}
        reviewer={content.getPerson(article.reviewer!)}
      />,
    );
    const text = out.replace(/<[^>]+>/g, '');
    expect(text).toContain('Medically reviewed by Dana Example, MD (fictional), January 5, 2026');
    expect(out).toMatch(/<a[^>]*href="\/people\/dana-example"[^>]*>Dana Example<\/a>/);
    expect(out).toContain('data-review-status="reviewed"');
    expect(text).not.toContain('changed on');
  });

  it('sends reviewedBy as a Person and lastReviewed in JSON-LD; a team author is an Organization', async () => {
    const { content, structured } = await withContent(validFixture);
    const data = structured.articleJsonLd(content.getArticle('first-steps')!) as unknown as Record<
      string,
      unknown
    >;
    expect(data.reviewedBy).toEqual({
      '@type': 'Person',
      name: 'Dana Example',
      url: 'https://iop.example/people/dana-example',
    });
    expect(data.lastReviewed).toBe('2026-01-05');
    expect(data.author).toMatchObject({ '@type': 'Organization', name: 'Writers' });
  });

  it('says, dated, when the article changed after its last review', async () => {
    const dir = treeWith({
      'articles/first-steps.mdx': (t) =>
        t
          .replace('updated: 2026-01-05', 'updated: 2026-02-01')
          .replace(
            'changes:\n',
            'changes:\n  - date: 2026-02-01\n    summary: Reworded a section.\n',
          ),
    });
    const { content, byline } = await withContent(dir);
    const article = content.getArticle('first-steps')!;
    const out = await html(
      <byline.ReviewByline
        article={article}
        author={content.getPerson(article.author)!}
        reviewer={content.getPerson(article.reviewer!)}
      />,
    );
    expect(out).toContain('data-review-status="changed-after-review"');
    expect(out.replace(/<[^>]+>/g, '')).toContain(
      'This article changed on February 1, 2026, after its last clinical review.',
    );
  });
});

describe('an article no named clinician has reviewed', () => {
  const unreviewed = () =>
    treeWith({
      'articles/first-steps.mdx': (t) =>
        t.replace(/^reviewer: .*\n/m, '').replace(/^reviewed: .*\n/m, ''),
    });

  it('shows the notice and no "Medically reviewed"', async () => {
    const { content, byline } = await withContent(unreviewed());
    const article = content.getArticle('first-steps')!;
    const out = await html(
      <byline.ReviewByline article={article} author={content.getPerson(article.author)!} />,
    );
    expect(out).toContain('data-review-status="not-reviewed"');
    expect(out).toContain('Not yet reviewed by a named clinician.');
    expect(out).not.toContain('Medically reviewed');
  });

  it('sends neither reviewedBy nor lastReviewed', async () => {
    const { content, structured } = await withContent(unreviewed());
    const data = structured.articleJsonLd(content.getArticle('first-steps')!);
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
  });
});

describe('the people page', () => {
  async function personPage(id: string): Promise<string> {
    await withContent(validFixture);
    const { default: PersonPage } = await import('@/app/(en)/(site)/people/[id]/page');
    return html(await PersonPage({ params: Promise.resolve({ id }) }));
  }

  it('a team’s page does not say "reviewed"', async () => {
    const out = await personPage('writers');
    expect(out).toContain('Pages written');
    expect(out).not.toMatch(/reviewed/i);
  });

  it('a clinician’s page lists pages written or reviewed', async () => {
    expect(await personPage('dana-example')).toContain('Pages written or reviewed');
  });
});
