import path from 'node:path';
import type { Lang } from '../i18n/lang';
import { esPaths, fixedRoutes, paths, pathsFor, reservedTopLevelSegments } from '../urls';
import type { BodyFacts } from './body';
import type { Article, Page, Person, Problem } from './types';

/** Cross-checking: what one file says about others (people, related articles, links, slugs, lists). */

/** Anchors every article page has besides its headings; a heading may not take one of them. */
export const articleAnchors = [
  'main-content',
  'key-takeaways',
  'contents',
  'faqs',
  'references',
  'what-changed',
  'related',
  'feedback',
  'helpline',
] as const;

/** Routes of the Spanish edition that exist without a content file behind them. */
export const esFixedRoutes = [esPaths.home, esPaths.faq, esPaths.search, esPaths.find] as const;

/** First segments under `/es` the app answers itself; a Spanish trust page may not take one. */
export const esReservedSegments = ['articulos', 'preguntas-frecuentes', 'buscar', 'personas', 'comentarios', 'encontrar'];

export interface CrossCheckInput {
  dir: string;
  people: Person[];
  pages: Page[];
  articles: Article[];
  /** The Spanish edition. */
  es: { pages: Page[]; articles: Article[] };
  /** Body facts by file. */
  facts: Map<string, BodyFacts & { lineOffset: number }>;
  /** Lists of article slugs the home page shows, by name (e.g. the site config's `startHere`). */
  homeLists: Record<string, readonly string[]>;
  /**
   * Ids of files that exist but failed validation: they have their own problem listed, so a
   * reference to one is not reported again as missing.
   */
  invalid: { people: Set<string>; articles: Set<string>; esArticles: Set<string> };
}

export function crossCheck(input: CrossCheckInput, problems: Problem[]): void {
  const { dir, people, homeLists, invalid, facts } = input;
  const editions: Record<Lang, { pages: Page[]; articles: Article[] }> = {
    en: { pages: input.pages, articles: input.articles },
    es: input.es,
  };
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const articlesByUrl = new Map([...input.articles, ...input.es.articles].map((a) => [a.url, a]));
  const pagesByUrl = new Map([...input.pages, ...input.es.pages].map((p) => [p.url, p]));
  const faqIds: Record<Lang, Set<string>> = {
    en: new Set(input.articles.flatMap((a) => a.faqs.map((f) => f.id))),
    es: new Set(input.es.articles.flatMap((a) => a.faqs.map((f) => f.id))),
  };
  const sitePaths = new Set<string>([
    ...fixedRoutes,
    ...esFixedRoutes,
    ...pagesByUrl.keys(),
    ...articlesByUrl.keys(),
    ...people.flatMap((p) => [paths.person(p.id), esPaths.person(p.id)]),
  ]);
  const peopleDir = path.join(dir, 'people');
  const counterparts = counterpartPaths(input);

  /** Why an internal link does not resolve, or undefined when it does. */
  function brokenLink(url: string, ownAnchors: Set<string>, lang: Lang): string | undefined {
    const [pathPart = '', anchor] = url.split('#', 2) as [string, string | undefined];
    const pathname = pathPart.split('?')[0]!.replace(/(.)\/$/, '$1');
    if (pathname === '') {
      return anchor && !ownAnchors.has(anchor) ? `anchor "#${anchor}" matches no heading on this page` : undefined;
    }
    const linkLang: Lang = pathname === esPaths.home || pathname.startsWith(`${esPaths.home}/`) ? 'es' : 'en';
    if (linkLang !== lang) {
      const instead = counterparts.get(url) ?? counterparts.get(pathname);
      const edition = linkLang === 'es' ? 'Spanish' : 'English';
      return `"${url}" is in the ${edition} edition: link to ${instead ? `"${instead}"` : `a page of this edition (${pathsFor(lang).home})`}`;
    }
    if (!sitePaths.has(pathname)) {
      const [section = '', id = ''] = pathname.replace(/^\/es\//, '/').split('/').slice(1);
      const invalidTarget =
        (section === 'articles' && invalid.articles.has(id)) ||
        (section === 'articulos' && invalid.esArticles.has(id)) ||
        ((section === 'people' || section === 'personas') && invalid.people.has(id));
      if (invalidTarget) return undefined;
      if (section === 'articles' || section === 'articulos') return `"${pathname}" is not an article`;
      if (section === 'people' || section === 'personas') return `"${pathname}" is not in the people registry`;
      return `"${pathname}" is not a page on this site`;
    }
    if (!anchor) return undefined;
    if (pathname === pathsFor(lang).faq) {
      return faqIds[lang].has(anchor) ? undefined : `"#${anchor}" is not a question on the FAQ page`;
    }
    const target = articlesByUrl.get(pathname);
    const page = pagesByUrl.get(pathname);
    // A target whose body does not parse has its own problem listed; its headings are unknown.
    if (facts.get((target ?? page)?.file ?? '')?.parsed === false) return undefined;
    const anchors = target
      ? [...articleAnchors, ...target.headings.map((h) => h.id)]
      : page
        ? page.headings.map((h) => h.id)
        : [];
    return anchors.includes(anchor) ? undefined : `anchor "#${anchor}" matches no heading on "${pathname}"`;
  }

  /** Every link in the syntax tree: inline, reference definitions, bare URLs, images. */
  function checkLinks(file: string, ownAnchors: Set<string>, lang: Lang) {
    const body = facts.get(file);
    if (!body) return;
    for (const link of body.links) {
      const field = `body (line ${link.line + body.lineOffset})`;
      const at = (message: string) => problems.push({ file, field, message });
      if (link.kind === 'image') {
        if (!link.url.startsWith('/')) {
          at(`image "${link.url}" must be a file on this site (start with /): pages make no third-party requests`);
        }
      } else if (link.url.startsWith('/') || link.url.startsWith('#')) {
        const reason = brokenLink(link.url, ownAnchors, lang);
        if (reason) at(`broken link: ${reason}`);
      } else if (/^http:\/\//i.test(link.url)) {
        at(`link "${link.url}" must use https`);
      } else if (!/^(https:|mailto:|tel:|sms:)/i.test(link.url)) {
        at(`link "${link.url}" must start with /, #, https://, mailto:, tel: or sms:`);
      }
    }
  }

  for (const lang of ['en', 'es'] as const) {
    const { pages, articles } = editions[lang];
    const articlesBySlug = new Map(articles.map((a) => [a.slug, a]));
    const invalidArticles = lang === 'es' ? invalid.esArticles : invalid.articles;
    const reserved: readonly string[] = lang === 'es' ? esReservedSegments : reservedTopLevelSegments;

    for (const page of pages) {
      if (reserved.includes(page.slug)) {
        problems.push({
          file: page.file,
          field: '(file name)',
          message: `"${page.url}" is already a route of the site: rename the page`,
        });
      }
      checkLinks(page.file, new Set(page.headings.map((h) => h.id)), lang);
    }

    const seenQuestions = new Map<string, string>();
    for (const article of articles) {
      const at = (field: string, message: string) => problems.push({ file: article.file, field, message });

      const author = peopleById.get(article.author);
      if (!author && !invalid.people.has(article.author)) {
        at('author', `"${article.author}" is not in the people registry (${peopleDir})`);
      }
      if (article.reviewer !== undefined) {
        const reviewer = peopleById.get(article.reviewer);
        if (!reviewer) {
          if (!invalid.people.has(article.reviewer)) {
            at('reviewer', `"${article.reviewer}" is not in the people registry (${peopleDir})`);
          }
        } else if (reviewer.kind !== 'clinician') {
          at(
            'reviewer',
            `"${article.reviewer}" is a ${reviewer.kind}, and only an individual clinician can review: ` +
              `name a person with kind: clinician and their credentials in ${peopleDir}`,
          );
        }
      }
      article.related.forEach((slug, i) => {
        if (slug === article.slug) at(`related.${i}`, 'an article cannot be related to itself');
        else if (!articlesBySlug.has(slug) && !invalidArticles.has(slug)) {
          const spanish = lang === 'es' ? input.es.articles.find((a) => a.translationOf === slug) : undefined;
          at(
            `related.${i}`,
            `"${slug}" is not ${lang === 'es' ? 'a Spanish article' : 'an article'}` +
              (spanish ? ` (the Spanish slug of "${slug}" is "${spanish.slug}")` : ''),
          );
        }
      });

      for (const heading of article.headings) {
        if ((articleAnchors as readonly string[]).includes(heading.id)) {
          at('body', `heading "${heading.text}" would clash with the page's own "#${heading.id}" section`);
        }
      }
      checkLinks(article.file, new Set([...articleAnchors, ...article.headings.map((h) => h.id)]), lang);

      article.faqs.forEach((faq, i) => {
        const key = faq.question.toLowerCase();
        const other = seenQuestions.get(key);
        if (other) at(`faqs.${i}.question`, `is already asked in ${other}`);
        else seenQuestions.set(key, article.file);
      });
    }
  }

  const englishSlugs = new Set(input.articles.map((a) => a.slug));
  for (const [list, slugs] of Object.entries(homeLists)) {
    slugs.forEach((slug, i) => {
      if (!englishSlugs.has(slug) && !invalid.articles.has(slug)) {
        problems.push({
          file: 'site config',
          field: `${list}.${i}`,
          message: `"${slug}" is not an article (the home page lists it)`,
        });
      }
    });
  }
}

/**
 * Each path (and FAQ anchor) of one edition mapped to its twin in the other, from `translationOf`
 * and the FAQ pairing: to suggest the right link when a file links across editions.
 */
export function counterpartPaths(input: Pick<CrossCheckInput, 'people' | 'pages' | 'articles' | 'es'>) {
  const map = new Map<string, string>();
  const pair = (en: string, es: string) => {
    map.set(en, es);
    map.set(es, en);
  };
  fixedRoutes.forEach((route, i) => pair(route, esFixedRoutes[i]!));
  for (const person of input.people) pair(paths.person(person.id), esPaths.person(person.id));
  for (const page of input.es.pages) pair(paths.page(page.translationOf ?? ''), page.url);
  for (const article of input.es.articles) {
    pair(paths.article(article.translationOf ?? ''), article.url);
    for (const faq of article.faqs) if (faq.sourceId) pair(paths.faqQuestion(faq.sourceId), esPaths.faqQuestion(faq.id));
  }
  return map;
}
