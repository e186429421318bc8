import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import {
  countSyllables,
  infleszLabel,
  infleszScore,
  spanishStats,
} from '@/lib/content/readability-es';
import {
  dictionaryStrings,
  find988WithoutRoute,
  findEnglishSentences,
  looksEnglish,
  spanishCrisisRoute,
} from '@/lib/content/spanish';
import { numbersIn, pairTranslations, translationStatus } from '@/lib/content/translation';
import { es as esDictionary } from '@/lib/i18n/dictionaries/es';
import type { Problem } from '@/lib/content/types';
import { options, problemsOf, treeWith } from './content-tree';

/**
 * The Spanish edition: the loader reads `es/articles` and `es/pages` like the English ones, and
 * the translation checks compare each Spanish file with the English file it names. Every check is
 * shown to fail on one broken copy of the bilingual fixture tree (tests/fixtures/valid plus
 * tests/fixtures/es-edition as `es/`).
 */

const es = { spanish: true };
const article = 'es/articles/primeros-pasos.mdx';
const page = 'es/pages/acerca-de.mdx';
const english = 'articles/first-steps.mdx';
/** Only the problems about the Spanish fixture's files. */
const spanishProblems = (dir: string) => problemsOf(dir).filter((p) => /\/es\//.test(p));
const bilingual = () => treeWith({}, es);

describe('the Spanish edition in the loader', () => {
  it('loads Spanish articles and pages with lang, translationOf, sourceUpdated and Spanish URLs', () => {
    const tree = loadContent(bilingual(), options);
    expect(tree.articles.every((a) => a.lang === 'en')).toBe(true);
    expect(tree.articles.map((a) => a.slug)).toEqual(['first-steps', 'paying-for-care']);
    expect(tree.es.articles).toHaveLength(1);
    expect(tree.es.articles[0]).toMatchObject({
      lang: 'es',
      slug: 'primeros-pasos',
      url: '/es/articulos/primeros-pasos',
      translationOf: 'first-steps',
      sourceUpdated: '2026-01-05',
    });
    // Spanish FAQs have their own anchors and name the English FAQ they translate (by position).
    expect(tree.es.articles[0]!.faqs[0]).toMatchObject({
      id: 'dónde-empiezo',
      sourceId: 'where-do-i-start',
    });
    expect(tree.es.pages[0]).toMatchObject({
      lang: 'es',
      slug: 'acerca-de',
      url: '/es/acerca-de',
      translationOf: 'about',
    });
    expect(tree.es.articles[0]!.stats.inflesz).toBeGreaterThan(55);
    expect(tree.glossary?.terms.length).toBe(3);
    // A current translation adds no warning; an English file without a Spanish twin is listed.
    expect(tree.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /articles\/paying-for-care\.mdx: \(translation\): has no Spanish translation yet \(no file in es\/ names translationOf: paying-for-care\)$/,
      ),
      expect.stringMatching(
        /articles\/paying-for-care\.mdx: nextReview: review overdue since 2026-06-01$/,
      ),
    ]);
  });

  it('an English-only tree still loads with an empty Spanish edition and no glossary', () => {
    const tree = loadContent(treeWith({}), options);
    expect(tree.es).toEqual({ articles: [], pages: [] });
    expect(tree.glossary).toBeUndefined();
  });

  it('requires translationOf and sourceUpdated, naming file and field', () => {
    const dir = treeWith(
      {
        [article]: (t) => t.replace(/^translationOf:.*\n/m, '').replace(/^sourceUpdated:.*\n/m, ''),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(/es\/articles\/primeros-pasos\.mdx: translationOf: is required$/),
      expect.stringMatching(
        /es\/articles\/primeros-pasos\.mdx: sourceUpdated: must be a date like 2026-11-20$/,
      ),
    ]);
  });

  it('fails a translationOf that names no English article (or page), and two translations of one file', () => {
    const dir = treeWith(
      {
        [article]: (t) => t.replace('translationOf: first-steps', 'translationOf: primeros-pasos'),
        [page]: (t) => t.replace('translationOf: about', 'translationOf: first-steps'),
        'es/pages/otra.mdx': () =>
          '---\ntitle: Otra\ndescription: Otra página.\nupdated: 2026-01-10\ntranslationOf: about\nsourceUpdated: 2026-01-10\n---\n\nTexto.\n',
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /primeros-pasos\.mdx: translationOf: "primeros-pasos" is not an English article$/,
        ),
        expect.stringMatching(
          /es\/pages\/acerca-de\.mdx: translationOf: "first-steps" is not an English page$/,
        ),
      ]),
    );
    const twice = treeWith(
      {
        'es/pages/otra.mdx': () =>
          '---\ntitle: Otra\ndescription: Otra página.\nupdated: 2026-01-10\ntranslationOf: about\nsourceUpdated: 2026-01-10\n---\n\nTexto.\n',
      },
      es,
    );
    expect(spanishProblems(twice)).toEqual([
      expect.stringMatching(
        /es\/pages\/otra\.mdx: translationOf: "about" is already translated by .*acerca-de\.mdx$/,
      ),
    ]);
  });

  it('fails a sourceUpdated that is not a date, in the future, or later than the English updated', () => {
    const bad = (value: string) =>
      spanishProblems(
        treeWith(
          { [article]: (t) => t.replace('sourceUpdated: 2026-01-05', `sourceUpdated: ${value}`) },
          es,
        ),
      );
    expect(bad('2026-02-30')).toEqual([
      expect.stringMatching(/sourceUpdated: "2026-02-30" is not a real date$/),
    ]);
    expect(bad('2027-01-01')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /primeros-pasos\.mdx: sourceUpdated: is in the future \(2027-01-01\)$/,
        ),
      ]),
    );
    expect(bad('2026-01-06')).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: sourceUpdated: \(2026-01-06\) is later than the English "updated" \(2026-01-05\) in .*first-steps\.mdx$/,
      ),
    ]);
  });

  it('checks Spanish links against the Spanish edition and names the twin of an English link', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t
            .replace('(/es/acerca-de)', '(/about)')
            .replace('(/es/personas/writers)', '(/es/personas/nadie)')
            .replace('#dónde-empiezo)', '#no-existe)')
            .replace('(#cómo-pedir-ayuda)', '(/faq#where-do-i-start)'),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line \d+\): broken link: "\/faq#where-do-i-start" is in the English edition: link to "\/es\/preguntas-frecuentes#dónde-empiezo"$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line \d+\): broken link: "#no-existe" is not a question on the FAQ page$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line \d+\): broken link: "\/es\/personas\/nadie" is not in the people registry$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line \d+\): broken link: "\/about" is in the English edition: link to "\/es\/acerca-de"$/,
      ),
    ]);
    // And the other way: an English page linking into the Spanish edition.
    const fromEnglish = treeWith(
      {
        'pages/about.mdx': (t) =>
          t.replace('(/articles/first-steps#getting-help)', '(/es/articulos/primeros-pasos)'),
      },
      es,
    );
    expect(problemsOf(fromEnglish)).toEqual([
      expect.stringMatching(
        /pages\/about\.mdx: body \(line \d+\): broken link: "\/es\/articulos\/primeros-pasos" is in the Spanish edition: link to "\/articles\/first-steps"$/,
      ),
    ]);
  });

  it('requires Spanish slugs in related, suggesting the Spanish slug of an English one', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t.replace('keyTakeaways:', 'related:\n  - first-steps\n  - nada\nkeyTakeaways:'),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /related\.0: "first-steps" is not a Spanish article \(the Spanish slug of "first-steps" is "primeros-pasos"\)$/,
      ),
      expect.stringMatching(/related\.1: "nada" is not a Spanish article$/),
    ]);
  });

  it('applies the same review model: only a named clinician can review a Spanish article', () => {
    const dir = treeWith(
      { [article]: (t) => t.replace('reviewer: dana-example', 'reviewer: writers') },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: reviewer: "writers" is a team, and only an individual clinician can review/,
      ),
    ]);
    const unreviewed = treeWith(
      { [article]: (t) => t.replace(/^reviewer:.*\n/m, '').replace(/^reviewed:.*\n/m, '') },
      es,
    );
    expect(problemsOf(unreviewed, { requireClinicalReview: true })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /es\/articles\/primeros-pasos\.mdx: reviewer: REQUIRE_CLINICAL_REVIEW=1: not reviewed by a named clinician/,
        ),
      ]),
    );
  });

  it('keeps the required components: <CrisisHelp /> on every article, <WithdrawalSafety /> where withdrawal comes up', () => {
    expect(
      spanishProblems(treeWith({ [article]: (t) => t.replace('<CrisisHelp />', '') }, es)),
    ).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: must include <CrisisHelp \/> like the English source/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body: must include <CrisisHelp \/> \(the 911 and 988 emergency box\) on every article$/,
      ),
    ]);
    const withdrawal = treeWith(
      {
        [article]: (t) =>
          t.replace('Es gratis.<Cite', 'Pregunte por la desintoxicación. Es gratis.<Cite'),
      },
      es,
    );
    expect(spanishProblems(withdrawal)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: mentions withdrawal or detox \("desintoxicación" in body\) but has no <WithdrawalSafety \/>$/,
      ),
    ]);
    // The English source gains the warning: the translation must carry it too.
    const sourceHasIt = treeWith({ [english]: (t) => `${t}\n<WithdrawalSafety />\n` }, es);
    expect(spanishProblems(sourceHasIt)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: must include <WithdrawalSafety \/> like the English source/,
      ),
    ]);
  });
});

describe('getters with a language', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllEnvs());

  it('serve each edition, pair twins both ways, and name topics in Spanish', async () => {
    vi.stubEnv('CONTENT_DIR', bilingual());
    vi.stubEnv('SITE_CONFIG_FILE', path.resolve('tests/fixtures/site-config.json'));
    const content = await import('@/lib/content');
    expect(content.getAllArticles().map((a) => a.slug)).toEqual(['first-steps', 'paying-for-care']);
    expect(content.getAllArticles('es').map((a) => a.slug)).toEqual(['primeros-pasos']);
    expect(content.getArticle('primeros-pasos')).toBeUndefined();
    const spanish = content.getArticle('primeros-pasos', 'es')!;
    expect(content.getCounterpart(spanish)?.url).toBe('/articles/first-steps');
    expect(content.getCounterpart(content.getArticle('first-steps')!)?.url).toBe(
      '/es/articulos/primeros-pasos',
    );
    expect(content.getCounterpart(content.getArticle('paying-for-care')!)).toBeUndefined();
    expect(content.getCounterpart(content.getPage('acerca-de', 'es')!)?.url).toBe('/about');
    expect(content.getCounterpart(content.getPage('about')!)?.url).toBe('/es/acerca-de');
    expect(content.topicLabel('understanding-iop', 'es')).toBe('Qué es el IOP');
    expect(content.topicLabel('understanding-iop')).toBe('Understanding IOP');
    expect(content.getArticlesByTopic('es')).toEqual([
      { topic: 'understanding-iop', label: 'Qué es el IOP', articles: [spanish] },
    ]);
    expect(content.getFaqsByTopic('es')[0]!.faqs.map((f) => f.id)).toEqual(['dónde-empiezo']);
    expect(content.getArticlesByPerson('writers', 'es')).toEqual([spanish]);
    expect(content.getAllPages('es').map((p) => p.url)).toEqual(['/es/acerca-de']);
    const { getSitePaths } = await import('@/lib/content/site-pages');
    expect(getSitePaths()).toEqual(
      expect.arrayContaining([
        '/es/articulos/primeros-pasos',
        '/es/acerca-de',
        '/es/personas/writers',
      ]),
    );
    expect(content.translationStatus(spanish)).toMatchObject({
      stale: false,
      sourceUpdated: '2026-01-05',
      sourceCurrentUpdated: '2026-01-05',
    });
    expect(content.translationStatus(content.getArticle('first-steps')!)).toBeUndefined();
  });
});

describe('translation checks', () => {
  it('every phone number, tel:/sms: target, 911 and 988 of the source is in the translation, field by field', () => {
    const dir = treeWith(
      {
        [english]: (t) =>
          t
            .replace(
              'It is free.<Cite',
              'It is free: [call 1-800-662-4357](tel:+18006624357).<Cite',
            )
            .replace(
              'answer: You can start',
              'answer: In an emergency call 911 or 988. You can start',
            ),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: the English body \(.*first-steps\.mdx\) gives "800-662-4357", "tel:18006624357", which this translation's body does not$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: faqs\.0\.answer: the English faqs\.0\.answer \(.*\) gives "911", "988", which this translation's faqs\.0\.answer does not$/,
      ),
    ]);
    const fixed = treeWith(
      {
        [english]: (t) =>
          t.replace(
            'answer: You can start',
            'answer: In an emergency call 911 or 988. You can start',
          ),
        [article]: (t) =>
          t.replace(
            'answer: Puede empezar',
            'answer: En una emergencia llame al 911. En una crisis, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988. Puede empezar',
          ),
      },
      es,
    );
    expect(spanishProblems(fixed)).toEqual([]);
  });

  it('fails an emergency number the source lacks (112 for 911), but not an amount or a year', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t.replace(
            'Es gratis.<Cite',
            'Es gratis. En una emergencia llame al 112. Cuesta $1,000 o 100 dólares.<Cite',
          ),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: emergency number "112" is not in the English source \(.*first-steps\.mdx\): in the US, emergencies are 911 and the crisis line is 988$/,
      ),
    ]);
    expect([...numbersIn('Llame al 911, al 988 o al 112. Son $1,000 en 2026 a las 9:11.')]).toEqual(
      ['911', '988', '112'],
    );
  });

  it('requires the same references (ids and URLs), the same citations and one Spanish FAQ per English FAQ', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t
            .replace('url: https://example.org/one', 'url: https://example.org/uno')
            .replace(
              /  - id: three\n[\s\S]*?url: https:\/\/example.org\/three\n/,
              '  - id: cuatro\n    title: Cuarta\n    publisher: Test\n    year: 2024\n',
            )
            .replace('<Cite id="three" />', '<Cite id="cuatro" />')
            .replace(/faqs:\n[\s\S]*?changes:/, 'changes:'),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: references\.0\.url: must be the English source's URL for "one" \(https:\/\/example\.org\/one\)$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: references\.2\.id: "cuatro" is not a reference of the English source/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: references: misses the English source's reference "three"$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body: never cites "three", which the English source cites$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body: cites "cuatro", which the English source does not$/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: faqs: has 0 questions, the English source 1: translate each one, in the same order/,
      ),
      // The FAQ is gone, so is its anchor on the Spanish FAQ page.
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line \d+\): broken link: "#dónde-empiezo" is not a question on the FAQ page$/,
      ),
    ]);
  });

  it('warns (does not fail) when the English file changed after the translation, and translationStatus says so', () => {
    const dir = treeWith(
      {
        [english]: (t) =>
          t
            .replace('updated: 2026-01-05', 'updated: 2026-03-01')
            .replace('changes:\n', 'changes:\n  - date: 2026-03-01\n    summary: Changed.\n'),
      },
      es,
    );
    const tree = loadContent(dir, options);
    expect(tree.warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /es\/articles\/primeros-pasos\.mdx: sourceUpdated: the English source .*first-steps\.mdx changed on 2026-03-01, after this translation \(made from 2026-01-05\)/,
      ),
    );
    const spanish = tree.es.articles[0]!;
    expect(translationStatus(spanish, [...tree.articles, ...tree.pages])).toMatchObject({
      stale: true,
      sourceUpdated: '2026-01-05',
      sourceCurrentUpdated: '2026-03-01',
      source: { slug: 'first-steps', url: '/articles/first-steps' },
    });
  });
});

describe('related articles in a translation', () => {
  it("warns when a Spanish article leaves out the Spanish twin of one of its source's related articles", () => {
    // first-steps relates to paying-for-care; give paying-for-care a Spanish twin, "pagar".
    const tree = loadContent(bilingual(), options);
    const twin = {
      ...tree.es.articles[0]!,
      slug: 'pagar',
      translationOf: 'paying-for-care',
      file: 'es/articles/pagar.mdx',
      faqs: [],
    };
    const editions = {
      articles: tree.articles,
      pages: tree.pages,
      es: { articles: [tree.es.articles[0]!, twin], pages: tree.es.pages },
    };
    const warnings: Problem[] = [];
    pairTranslations(editions, { articles: new Set(), pages: new Set() }, [], warnings);
    expect(warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /es\/articles\/primeros-pasos\.mdx: related: misses "pagar", the Spanish twin of the English source's related articles$/,
      ),
    );
    const fixed = {
      ...editions,
      es: { ...editions.es, articles: [{ ...tree.es.articles[0]!, related: ['pagar'] }, twin] },
    };
    const none: Problem[] = [];
    pairTranslations(fixed, { articles: new Set(), pages: new Set() }, [], none);
    expect(none.filter((w) => w.field === 'related')).toEqual([]);
  });
});

describe('Spanish readability (Szigriszt-Pazos / INFLESZ)', () => {
  it('counts syllables by the RAE rules: diphthongs, hiatus, triphthongs, silent u and h', () => {
    // Examples from the RAE's Ortografía de la lengua española (2010), §1.6 (diptongos, hiatos, triptongos).
    const cases: Record<string, number> = {
      causa: 2,
      peine: 2,
      ciudad: 2,
      ruido: 2,
      suave: 2,
      viene: 2, // diphthongs
      caer: 2,
      león: 2,
      maíz: 2,
      reír: 2,
      baúl: 2,
      oído: 3,
      leer: 2, // hiatus
      buey: 1,
      uruguay: 3,
      averiguáis: 4, // triphthongs
      queso: 2,
      guiso: 2,
      pingüino: 3,
      argüir: 2, // silent u, ü
      ahumado: 3,
      búho: 2,
      alcohol: 3, // h
      y: 1,
      hoy: 1,
      muy: 1,
      leyes: 2, // y
      trastorno: 3,
      consumo: 3,
      sustancias: 3,
      ambulatorio: 5,
      intensivo: 4,
      programa: 3,
    };
    for (const [word, syllables] of Object.entries(cases))
      expect([word, countSyllables(word)]).toEqual([word, syllables]);
  });

  it('computes the published formula (206.835 − 62.3·S/P − P/F) and reads it on the INFLESZ scale', () => {
    // "El perro come. La casa es azul.": 7 words, 2 sentences, 11 syllables (el, pe-rro, co-me, la, ca-sa, es, a-zul).
    const stats = spanishStats('El perro come. La casa es azul.');
    expect(stats).toMatchObject({ words: 7, sentences: 2, syllables: 11 });
    expect(stats.inflesz).toBeCloseTo(206.835 - (62.3 * 11) / 7 - 7 / 2, 6);
    expect(infleszScore(150, 100, 5)).toBeCloseTo(206.835 - 93.45 - 20, 6);
    // Bands of Barrio-Cantalejo et al. 2008: <40, 40–55, 55–65, 65–80, ≥80.
    expect([39.9, 40, 54.9, 55, 64.9, 65, 79.9, 80].map(infleszLabel)).toEqual([
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
    ]);
  });

  it('fails a Spanish article below 55 ("normal")', () => {
    const hard =
      'Las intervenciones terapéuticas multidisciplinarias correspondientes a los programas intensivos ambulatorios ' +
      'proporcionan, considerando simultáneamente las características individualizadas, psicológicas, socioeconómicas ' +
      'y farmacológicas de cada participante, oportunidades extraordinariamente significativas de rehabilitación comunitaria.';
    const dir = treeWith(
      {
        [article]: (t) =>
          t.replace(/^Pedir ayuda es un buen primer paso\./m, `${hard} ${hard} ${hard}`),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: INFLESZ readability -?\d+\.\d is below 55 \("normal"\): use shorter sentences and shorter words$/,
      ),
    ]);
  });
});

describe('Spanish stigmatizing terms (from the glossary)', () => {
  it('fails an avoided term in any gender or number, naming the field and the replacement', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t
            .replace('title: Primeros pasos', 'title: Primeros pasos para adictos')
            .replace(
              'Es gratis.<Cite',
              'Es gratis. No hablamos de abuso de sustancias ni de una prueba limpia.<Cite',
            ),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: title: "adictos" is stigmatizing: write "persona con un trastorno por consumo de sustancias" instead/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body: "abuso de sustancias" is stigmatizing: write "trastorno por consumo de sustancias" instead/,
      ),
      expect.stringMatching(
        /primeros-pasos\.mdx: body: "prueba limpia" is stigmatizing: write "prueba de drogas \(resultado negativo\/positivo\)" instead/,
      ),
    ]);
  });

  it("allows the glossary's allow phrases (agency names, uses not about a person) and words that only contain a term", () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t.replace(
            'Es gratis.<Cite',
            'Es gratis. Lo dice la Administración de Servicios de Salud Mental y Abuso de Sustancias. Evite las bebidas alcohólicas. La casa está limpia.<Cite',
          ),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([]);
  });

  it('the glossary is the source of the list: a term added there is refused, and a broken glossary fails naming its field', () => {
    const withTerm = treeWith(
      {
        'es/glossary.json': (t) =>
          t.replace(
            '"avoid": ["adicto", "alcohólico"]',
            '"avoid": ["adicto", "alcohólico", "vicioso"]',
          ),
        [article]: (t) => t.replace('Es gratis.<Cite', 'No es un vicioso. Es gratis.<Cite'),
      },
      es,
    );
    expect(spanishProblems(withTerm)).toEqual([
      expect.stringMatching(/body: "vicioso" is stigmatizing/),
    ]);
    const broken = treeWith(
      {
        'es/glossary.json': (t) =>
          t.replace('"avoid": ["prueba limpia", "prueba sucia"]', '"avoid": "limpio"'),
      },
      es,
    );
    expect(spanishProblems(broken)).toEqual([
      expect.stringMatching(/es\/glossary\.json: terms\.2\.avoid: /),
    ]);
    const missing = treeWith({ 'es/glossary.json': null }, es);
    expect(spanishProblems(missing)).toEqual([
      expect.stringMatching(
        /es\/glossary\.json: \(file\): is missing: the Spanish edition needs its glossary$/,
      ),
    ]);
  });
});

describe('Spanish text: 988 with its Spanish route, and no English sentence', () => {
  const route = 'llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988';
  // The English sources give 988 too, so the translation check (same numbers as the source) is met.
  const english988 = {
    [english]: (t: string) =>
      t.replace('It is free.<Cite', 'In a crisis, call 988. It is free.<Cite'),
    'pages/about.mdx': (t: string) => t.replace('We are a test.', 'Call 988 day or night.'),
  };

  it('the route is the one the crisis box prints, from the Spanish dictionary and the site config', () => {
    expect(spanishCrisisRoute()).toBe(route);
  });

  it('fails a Spanish article and page that give 988 without its route, and passes with it', () => {
    const without = treeWith(
      {
        ...english988,
        [article]: (t) =>
          t.replace('Es gratis.<Cite', 'Si está en crisis, llame al 988. Es gratis.<Cite'),
        [page]: (t) => t.replace('Somos una prueba.', 'La Línea 988 atiende de día y de noche.'),
      },
      es,
    );
    expect(spanishProblems(without)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: body: gives 988 without its Spanish route \("Si está en crisis, llame al 988\."\)/,
      ),
      expect.stringMatching(
        /acerca-de\.mdx: body: gives 988 without its Spanish route \("(Quiénes somos )?La Línea 988 atiende de día y de noche\."\): add "llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988"/,
      ),
    ]);
    const withRoute = treeWith(
      {
        ...english988,
        [article]: (t) =>
          t.replace('Es gratis.<Cite', `Si está en crisis, ${route}. Es gratis.<Cite`),
        [page]: (t) =>
          t.replace(
            'Somos una prueba.',
            `La Línea 988 atiende de día y de noche. Para hablar en español, ${route}.`,
          ),
      },
      es,
    );
    expect(spanishProblems(withRoute)).toEqual([]);
  });

  it('checks takeaways and FAQ answers too, and leaves web addresses and English source names alone', () => {
    const dir = treeWith(
      {
        [english]: (t) =>
          english988[english](t).replace(
            '  - Help is there when you need it.',
            '  - In a crisis, call 988.',
          ),
        [article]: (t) =>
          t
            .replace(
              '  - La ayuda está ahí cuando la necesita.',
              '  - En una crisis, llame al 988.',
            )
            .replace(
              'Es gratis.<Cite',
              'Vea 988lifeline.org y la fuente 988 Suicide & Crisis Lifeline. Es gratis.<Cite',
            ),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /primeros-pasos\.mdx: keyTakeaways\.0: gives 988 without its Spanish route \("En una crisis, llame al 988\."\)/,
      ),
    ]);
  });

  it('fails an English sentence on a Spanish page, naming the field', () => {
    const dir = treeWith(
      {
        [page]: (t) =>
          t.replace('Somos una prueba.', 'Text your ZIP code to 435748 for help near you.'),
      },
      es,
    );
    expect(spanishProblems(dir)).toEqual([
      expect.stringMatching(
        /acerca-de\.mdx: body: reads as English on a Spanish page \("(Quiénes somos )?Text your ZIP code to 435748 for help near you\."\)/,
      ),
    ]);
  });

  it.each([
    'Busque en FindTreatment.gov, el buscador de SAMHSA.',
    'Llame a la Línea Nacional de Ayuda de SAMHSA (SAMHSA National Helpline).',
    'Fuente: 988 Lifeline: What to expect (en inglés).',
    'Elija “intensive outpatient” en el filtro Type of care.',
    'Medicaid, Medicare, CHIP y TRICARE pueden pagar el IOP.',
  ])('does not flag Spanish with English names in it: %s', (sentence) => {
    expect(looksEnglish(sentence)).toBe(false);
  });

  it.each([
    'If you think someone is overdosing, call 911.',
    'This page did not load properly.',
    'Text your ZIP code to 435748 (HELP4U) for help near you (English)',
  ])('flags an English sentence: %s', (sentence) => {
    expect(looksEnglish(sentence)).toBe(true);
  });

  it('the Spanish dictionary has no English sentence and no 988 without its route', () => {
    const found = dictionaryStrings(esDictionary).flatMap(([key, text]) =>
      [...findEnglishSentences(text), ...find988WithoutRoute(text)].map((s) => `${key}: ${s}`),
    );
    expect(found).toEqual([]);
    expect(find988WithoutRoute('Si está en crisis, llame al 988.')).toHaveLength(1);
  });
});

describe('Spanish links to one question keep their anchor', () => {
  it('warns (does not fail) when a Spanish link to the questions page lost the anchor its English link has', () => {
    const dir = treeWith(
      {
        [article]: (t) =>
          t.replace('(/es/preguntas-frecuentes#dónde-empiezo)', '(/es/preguntas-frecuentes)'),
      },
      es,
    );
    const tree = loadContent(dir, options);
    expect(tree.warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /primeros-pasos\.mdx: body \(line 45\): links to \/es\/preguntas-frecuentes with no #anchor, where the English source links to one question/,
      ),
    );
    const kept = loadContent(bilingual(), options);
    expect(kept.warnings.map(formatProblem).join('\n')).not.toMatch(/no #anchor/);
  });
});
