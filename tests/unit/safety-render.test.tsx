import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '@/components/mdx/mdx-content';
import type { Lang } from '@/lib/i18n/lang';

/** What a reader sees where an article writes `<OverdoseSafety />` and `<WithdrawalSafety />`. */

async function renderToText(body: string, lang: Lang): Promise<{ html: string; text: string }> {
  const { prelude } = await prerender(await renderMdx(body, { file: 'test.mdx', lang }));
  const html = await new Response(prelude).text();
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

describe('<OverdoseSafety />', () => {
  it('tells an English reader to carry naloxone, call 911 and stay, with its sources', async () => {
    const { html, text } = await renderToText('Intro.\n\n<OverdoseSafety />\n', 'en');
    expect(text).toMatch(/naloxone/);
    expect(text).toMatch(/without a prescription/);
    expect(text).toMatch(/call 911 and give naloxone/);
    expect(text).toMatch(/Stay with the person/);
    expect(text).toMatch(/jail or prison, or stopping naltrexone/);
    expect(text).toMatch(/Most states have laws that protect a person who calls 911/);
    expect(html).toContain('id="overdose-safety"');
    expect(html).toContain('href="https://www.cdc.gov/stop-overdose/caring/naloxone.html"');
  });

  it('says the same in Spanish', async () => {
    const { text } = await renderToText('Texto.\n\n<OverdoseSafety />\n', 'es');
    expect(text).toMatch(/naloxona/);
    expect(text).toMatch(/sin receta/);
    expect(text).toMatch(/llame al 911 y dele naloxona/);
    expect(text).toMatch(/Quédese con la persona/);
    expect(text).toMatch(/Fuentes:/);
    expect(text).not.toMatch(/Sources:/);
  });
});

describe('<WithdrawalSafety />', () => {
  it.each<[Lang, RegExp]>([
    ['en', /supervised stop/],
    ['es', /supervisión médica/],
  ])('(%s) advises a supervised stop and links to the overdose box', async (lang, supervised) => {
    const { html, text } = await renderToText('<WithdrawalSafety />\n\n<OverdoseSafety />\n', lang);
    expect(text).toMatch(supervised);
    expect(html).toMatch(/<a href="#overdose-safety">/);
  });
});
