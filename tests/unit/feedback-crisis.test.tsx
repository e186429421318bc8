import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { FeedbackComments } from '@/components/feedback/feedback-admin';
import { thanksUrl } from '@/lib/feedback/routes';

async function html(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

describe('feedback that reads as a crisis', () => {
  it('sends the thank-you page a flag, never the comment', () => {
    const url = thanksUrl({ page: '/articles/after-iop', sent: 'details', crisis: true });
    expect(url).toBe('/feedback/thanks?page=%2Farticles%2Fafter-iop&sent=details&crisis=1');
    expect(
      thanksUrl({ page: '/es/articulos/despues-del-iop', sent: 'details', crisis: false }),
    ).toBe('/es/comentarios/gracias?page=%2Fes%2Farticulos%2Fdespues-del-iop&sent=details');
  });

  it('is marked in the editors’ view, worked out from the stored comment', async () => {
    const row = (comment: string) => ({
      page: '/articles/after-iop',
      lang: 'en' as const,
      helpful: 'no' as const,
      reasons: [],
      comment,
      createdAt: '2026-12-03T10:00:00.000Z',
    });
    const page = await html(
      <FeedbackComments
        comments={[row('I relapsed and I want to die'), row('The cost table was clear')]}
      />,
    );
    expect(page.match(/Reads as a crisis/g)).toHaveLength(1);
    expect(page.indexOf('Reads as a crisis')).toBeLessThan(page.indexOf('I relapsed'));
  });
});
