import path from 'node:path';
import { fixedRoutes, paths, reservedTopLevelSegments } from '../urls';
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

export interface CrossCheckInput {
  dir: string;
  people: Person[];
  pages: Page[];
  articles: Article[];
  /** Body facts by file. */
  facts: Map<string, BodyFacts & { lineOffset: number }>;
  /** Lists of article slugs the home page shows, by name (e.g. the site config's `startHere`). */
  homeLists: Record<string, readonly string[]>;
  /**
   * Ids of files that exist but failed validation: they have their own problem listed, so a
   * reference to one is not reported again as missing.
   */
  invalid: { people: Set<string>; articles: Set<string> };
}

export function crossCheck(input: CrossCheckInput, problems: Problem[]): void {
  const { dir, people, pages, articles, facts, homeLists, invalid } = input;
  const peopleById = new Map(people.map((p) => [p.id, p]));
  const articlesBySlug = new Map(articles.map((a) => [a.slug, a]));
  const faqIds = new Set(articles.flatMap((a) => a.faqs.map((f) => f.id)));
  const sitePaths = new Set<string>([
    ...fixedRoutes,
    ...pages.map((p) => p.url),
    ...articles.map((a) => a.url),
    ...people.map((p) => p.url),
  ]);
  const peopleDir = path.join(dir, 'people');

  /** Why an internal link does not resolve, or undefined when it does. */
  function brokenLink(url: string, ownAnchors: Set<string>): string | undefined {
    const [pathPart = '', anchor] = url.split('#', 2) as [string, string | undefined];
    const pathname = pathPart.split('?')[0]!.replace(/(.)\/$/, '$1');
    if (pathname === '') {
      return anchor && !ownAnchors.has(anchor) ? `anchor "#${anchor}" matches no heading on this page` : undefined;
    }
    if (!sitePaths.has(pathname)) {
      const [, section, id = ''] = pathname.split('/');
      const invalidTarget =
        (section === 'articles' && invalid.articles.has(id)) || (section === 'people' && invalid.people.has(id));
      if (invalidTarget) return undefined;
      if (pathname.startsWith('/articles/')) return `"${pathname}" is not an article`;
      if (pathname.startsWith('/people/')) return `"${pathname}" is not in the people registry`;
      return `"${pathname}" is not a page on this site`;
    }
    if (!anchor) return undefined;
    if (pathname === paths.faq) {
      return faqIds.has(anchor) ? undefined : `"#${anchor}" is not a question on the FAQ page`;
    }
    const target = articlesBySlug.get(pathname.replace('/articles/', ''));
    const page = pages.find((p) => p.url === pathname);
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
  function checkLinks(file: string, ownAnchors: Set<string>) {
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
        const reason = brokenLink(link.url, ownAnchors);
        if (reason) at(`broken link: ${reason}`);
      } else if (/^http:\/\//i.test(link.url)) {
        at(`link "${link.url}" must use https`);
      } else if (!/^(https:|mailto:|tel:|sms:)/i.test(link.url)) {
        at(`link "${link.url}" must start with /, #, https://, mailto:, tel: or sms:`);
      }
    }
  }

  for (const page of pages) {
    if ((reservedTopLevelSegments as readonly string[]).includes(page.slug)) {
      problems.push({
        file: page.file,
        field: '(file name)',
        message: `"/${page.slug}" is already a route of the site: rename the page`,
      });
    }
    checkLinks(page.file, new Set(page.headings.map((h) => h.id)));
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
      else if (!articlesBySlug.has(slug) && !invalid.articles.has(slug)) {
        at(`related.${i}`, `"${slug}" is not an article`);
      }
    });

    for (const heading of article.headings) {
      if ((articleAnchors as readonly string[]).includes(heading.id)) {
        at('body', `heading "${heading.text}" would clash with the page's own "#${heading.id}" section`);
      }
    }
    checkLinks(article.file, new Set([...articleAnchors, ...article.headings.map((h) => h.id)]));

    article.faqs.forEach((faq, i) => {
      const key = faq.question.toLowerCase();
      const other = seenQuestions.get(key);
      if (other) at(`faqs.${i}.question`, `is already asked in ${other}`);
      else seenQuestions.set(key, article.file);
    });
  }

  for (const [list, slugs] of Object.entries(homeLists)) {
    slugs.forEach((slug, i) => {
      if (!articlesBySlug.has(slug) && !invalid.articles.has(slug)) {
        problems.push({
          file: 'site config',
          field: `${list}.${i}`,
          message: `"${slug}" is not an article (the home page lists it)`,
        });
      }
    });
  }
}
