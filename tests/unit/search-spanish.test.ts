import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/search/route';
import { analyzers } from '@/lib/search/language';
import { searchResultsPage, searchSite } from '@/lib/search';

const es = { lang: 'es' } as const;
const urls = (q: string, limit = 5) => searchSite(q, { ...es, limit }).map((r) => r.url);

// The first search of an edition loads its content and builds its index: room for a busy machine.
beforeAll(() => {
  searchSite('iop', es);
  searchSite('iop');
}, 120_000);

describe('Spanish search', () => {
  it('stems Spanish word forms to one term (Snowball Spanish)', () => {
    const { queryTerm, indexTerms } = analyzers.es;
    expect(queryTerm('trabajar')).toBe(queryTerm('trabajo'));
    expect(queryTerm('medicamentos')).toBe(queryTerm('medicamento'));
    expect(queryTerm('sesiones')).toBe(queryTerm('sesión'));
    expect(queryTerm('el')).toBeNull();
    expect(indexTerms('rehabilitación')).toContain(queryTerm('rehabilitacion'));
    expect(urls('trabajando', 3)[0]).toMatch(/^\/es\/articulos\/trabajar-durante-el-iop/);
  });

  it('ignores accents and tildes, whichever side has them', () => {
    // The same term either way…
    expect(urls('adiccion')).toEqual(urls('adicción'));
    expect(urls('adiccion').length).toBeGreaterThan(0);
    // …or, where the stemmer needs the accent to find the ending, the same best page.
    expect(urls('desintoxicacion', 1)).toEqual(urls('desintoxicación', 1));
    expect(urls('hospitalizacion parcial', 3)[0]).toMatch(/iop-o-hospitalizacion-parcial/);
    expect(urls('ninos')).toEqual(urls('niños'));
    expect(urls('ÁLCOHOL')).toEqual(urls('alcohol'));
  });

  it('tolerates typos', () => {
    expect(urls('desintoxicasion', 1)).toEqual(urls('desintoxicación', 1));
    // The first three articles a reader sees (results group under their article).
    const firstArticles = searchResultsPage('iop virtaul', { ...es, perPage: 3 }).groups;
    expect(firstArticles.some((g) => g.lead.url.startsWith('/es/articulos/iop-virtual'))).toBe(
      true,
    );
    expect(urls('medicamntos').length).toBeGreaterThan(0);
    expect(urls('zzqxvw')).toEqual([]);
  });

  it('searches the synonym table: the words readers use find the words the articles use', () => {
    expect(urls('aseguranza', 3).some((u) => u.includes('seguro-medico'))).toBe(true);
    expect(urls('chamba', 3)[0]).toMatch(/trabajar-durante-el-iop/);
    expect(urls('telemedicina', 3)[0]).toMatch(/iop-virtual/);
    expect(urls('mota', 3)).toContain('/es/articulos/iop-segun-la-sustancia#cannabis');
    expect(urls('detox', 3).length).toBeGreaterThan(0);
  });

  it('marks the matched word in snippets, accents and all', () => {
    const marked = searchSite('adiccion', { ...es, limit: 10 }).flatMap((r) =>
      r.snippetParts.filter((p) => p.match).map((p) => p.text.toLowerCase()),
    );
    expect(marked).toContain('adicción');
    expect(
      marked.every((w) => /^(adicci|dependencia|vicio)/.test(w)),
      marked.join(','),
    ).toBe(true);
  });

  it('gives Spanish URLs only, and keeps the editions apart', () => {
    const results = searchSite('seguro médico', { ...es, limit: 20 });
    expect(results.length).toBeGreaterThan(0);
    expect(
      results.every((r) => /^\/es\/(articulos\/|preguntas-frecuentes#|[a-z-]+$)/.test(r.url)),
    ).toBe(true);
    expect(searchSite('insurance', { limit: 20 }).every((r) => !r.url.startsWith('/es'))).toBe(
      true,
    );
    const faqs = searchSite('medicaid', { ...es, type: 'faq', limit: 50 });
    expect(faqs.length).toBeGreaterThan(0);
    expect(
      faqs.every((r) => r.type === 'faq' && r.url.startsWith('/es/preguntas-frecuentes#')),
    ).toBe(true);
  });

  it('finds nothing for Spanish stop words alone', () => {
    expect(urls('de la que el en y')).toEqual([]);
  });
});

describe('GET /api/search lang', () => {
  const get = async (query: string) => {
    const response = GET(new Request(`http://localhost/api/search?${query}`));
    return { status: response.status, body: await response.json() };
  };

  it('lang=es searches the Spanish edition; no lang is English', async () => {
    const spanish = await get('q=cuanto+cuesta&lang=es');
    expect(spanish.status).toBe(200);
    expect(spanish.body.results[0].url).toMatch(/^\/es\/articulos\/costo-del-iop-y-seguro-medico/);
    const english = await get('q=cost');
    expect(english.body.results[0].url).toMatch(/^\/articles\//);
    expect((await get('q=cost&lang=en')).body).toEqual(english.body);
  });

  it('type=faq&lang=es answers Spanish questions only', async () => {
    const { status, body } = await get('q=seguro&type=faq&lang=es');
    expect(status).toBe(200);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) expect(r.url).toMatch(/^\/es\/preguntas-frecuentes#/);
  });

  it('an unknown lang is 400 saying which are allowed', async () => {
    for (const lang of ['fr', 'ES', '']) {
      const { status, body } = await get(`q=cost&lang=${lang}`);
      expect(status, lang).toBe(400);
      expect(body.error).toMatch(/lang must be one of "en", "es"/);
    }
  });
});
