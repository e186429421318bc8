import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import matter from 'gray-matter';
import type { z } from 'zod';
import { fixedRoutes, paths } from '../urls';
import { extractCitations, extractHeadings, extractLinks } from './body';
import {
  addMonths,
  daysBetween,
  faqAnswerWords,
  findStigmatizingTerms,
  maxReadingGrade,
  minReferences,
  reviewCycleMonths,
  reviewDueSoonDays,
  textStats,
} from './editorial';
import { articleSchema, pageSchema, personSchema } from './schema';
import type { Article, ContentTree, Page, Person, Problem } from './types';

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

/** Thrown when any content file is invalid; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content check failed:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** One problem as an editor reads it: `file: field.path: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export interface LoadOptions {
  /** Today's date (UTC, `YYYY-MM-DD`); dates after it are in the future. */
  today?: string;
}

export interface SourceFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body starts, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
}

function readFolder(
  dir: string,
  folder: string,
  extensions: string[],
  problems: Problem[],
): SourceFile[] {
  const abs = path.join(dir, folder);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((name) => extensions.includes(path.extname(name)))
    .sort()
    .flatMap((name) => {
      const file = path.relative(process.cwd(), path.join(abs, name)) || name;
      const id = path.basename(name, path.extname(name));
      const raw = fs.readFileSync(path.join(abs, name), 'utf8');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        problems.push({
          file,
          field: '(file name)',
          message: 'must use lowercase letters, digits and hyphens (it becomes the URL)',
        });
        return [];
      }
      try {
        const parsed = matter(raw);
        const bodyLineOffset = raw.split('\n').length - parsed.content.split('\n').length;
        return [{ id, file, data: parsed.data, body: parsed.content, bodyLineOffset }];
      } catch (error) {
        const yaml = error as { reason?: string; mark?: { line: number }; message?: string };
        const reason = yaml.reason
          ? `${yaml.reason}${yaml.mark ? ` (line ${yaml.mark.line + 1})` : ''}`
          : String(yaml.message ?? error).split('\n')[0];
        problems.push({ file, field: '(frontmatter)', message: `is not valid YAML: ${reason}` });
        return [];
      }
    });
}

function validate<T>(schema: z.ZodType<T>, source: SourceFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.input === undefined && issue.code === 'invalid_type'
          ? 'is required'
          : issue.message;
    const keyField =
      issue.code === 'unrecognized_keys' && issue.path.length === 0 ? '(frontmatter)' : field;
    problems.push({ file: source.file, field: keyField, message });
  }
  return undefined;
}

export interface ContentSources {
  dir: string;
  people: SourceFile[];
  pages: SourceFile[];
  articles: SourceFile[];
  /** Files that could not be parsed at all. */
  problems: Problem[];
}

/** Reads and parses (but does not validate) every content file, once. */
export function readSources(dir: string): ContentSources {
  const problems: Problem[] = [];
  if (!fs.existsSync(dir)) {
    problems.push({ file: dir, field: '(folder)', message: 'content folder does not exist (check CONTENT_DIR)' });
    return { dir, people: [], pages: [], articles: [], problems };
  }
  return {
    dir,
    people: readFolder(dir, 'people', ['.md', '.mdx'], problems),
    pages: readFolder(dir, 'pages', ['.mdx'], problems),
    articles: readFolder(dir, 'articles', ['.mdx'], problems),
    problems,
  };
}

/**
 * Reads, parses, validates and cross-checks the whole content folder.
 * Returns the typed tree, or throws a ContentError listing every problem in every file.
 */
export function loadContent(dir: string, options: LoadOptions = {}): ContentTree {
  return buildContent(readSources(dir), options);
}

/** Validates and cross-checks parsed sources; throws a ContentError listing every problem. */
export function buildContent(sources: ContentSources, options: LoadOptions = {}): ContentTree {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { dir, pages: pageSources, articles: articleSources } = sources;
  const problems: Problem[] = [...sources.problems];
  const warnings: Problem[] = [];

  const people: Person[] = sources.people.flatMap(
    (source) => {
      const data = validate(personSchema, source, problems);
      return data ? [{ ...data, id: source.id, url: paths.person(source.id), file: source.file }] : [];
    },
  );

  const pages: Page[] = pageSources.flatMap((source) => {
    const data = validate(pageSchema, source, problems);
    if (!data) return [];
    if (data.updated > today) {
      problems.push({ file: source.file, field: 'updated', message: `is in the future (${data.updated})` });
    }
    return [
      {
        ...data,
        slug: source.id,
        url: paths.page(source.id),
        file: source.file,
        body: source.body,
        headings: extractHeadings(source.body),
      },
    ];
  });

  const faqSlugger = new GithubSlugger();
  const articles: Article[] = articleSources.flatMap((source) => {
    const data = validate(articleSchema, source, problems);
    if (!data) return [];
    const { faqs, nextReview, ...rest } = data;
    return [
      {
        ...rest,
        slug: source.id,
        url: paths.article(source.id),
        file: source.file,
        body: source.body,
        headings: extractHeadings(source.body),
        faqs: faqs.map((faq) => ({ ...faq, id: faqSlugger.slug(faq.question) })),
        nextReview: data.reviewed ? (nextReview ?? addMonths(data.reviewed, reviewCycleMonths)) : undefined,
        stats: textStats(source.body),
      },
    ];
  });

  const peopleById = new Map(people.map((p) => [p.id, p]));
  const articlesBySlug = new Map(articles.map((a) => [a.slug, a]));
  const faqIds = new Set(articles.flatMap((a) => a.faqs.map((f) => f.id)));
  const sitePaths = new Set<string>([
    ...fixedRoutes,
    ...pages.map((p) => p.url),
    ...articles.map((a) => a.url),
    ...people.map((p) => p.url),
  ]);

  /** Why an internal link does not resolve, or undefined when it does. */
  function brokenLink(url: string, ownAnchors: Set<string>): string | undefined {
    const [pathPart = '', anchor] = url.split('#', 2) as [string, string | undefined];
    const pathname = pathPart.split('?')[0]!.replace(/(.)\/$/, '$1');
    if (pathname === '') {
      return anchor && !ownAnchors.has(anchor) ? `anchor "#${anchor}" matches no heading on this page` : undefined;
    }
    if (!sitePaths.has(pathname)) {
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
    const anchors = target
      ? [...articleAnchors, ...target.headings.map((h) => h.id)]
      : page
        ? page.headings.map((h) => h.id)
        : [];
    return anchors.includes(anchor) ? undefined : `anchor "#${anchor}" matches no heading on "${pathname}"`;
  }

  function checkLinks(source: { file: string; body: string }, ownAnchors: Set<string>, offset: number) {
    for (const link of extractLinks(source.body)) {
      const field = `body (line ${link.line + offset})`;
      if (link.url.startsWith('/') || link.url.startsWith('#')) {
        const reason = brokenLink(link.url, ownAnchors);
        if (reason) problems.push({ file: source.file, field, message: `broken link: ${reason}` });
      } else if (/^http:\/\//i.test(link.url)) {
        problems.push({ file: source.file, field, message: `link "${link.url}" must use https` });
      } else if (!/^(https:|mailto:|tel:|sms:)/i.test(link.url)) {
        problems.push({
          file: source.file,
          field,
          message: `link "${link.url}" must start with /, #, https://, mailto:, tel: or sms:`,
        });
      }
    }
  }

  for (const page of pages) {
    const source = pageSources.find((s) => s.id === page.slug)!;
    checkLinks(page, new Set(page.headings.map((h) => h.id)), source.bodyLineOffset);
  }

  const seenQuestions = new Map<string, string>();
  for (const article of articles) {
    const source = articleSources.find((s) => s.id === article.slug)!;
    const at = (field: string, message: string) => problems.push({ file: article.file, field, message });

    for (const role of ['author', 'reviewer'] as const) {
      const id = article[role];
      if (id !== undefined && !peopleById.has(id)) {
        at(role, `"${id}" is not in the people registry (${path.join(dir, 'people')})`);
      }
    }
    if ((article.reviewer === undefined) !== (article.reviewed === undefined)) {
      at(article.reviewer ? 'reviewed' : 'reviewer', 'reviewer and reviewed go together: set both, or neither');
    }
    article.related.forEach((slug, i) => {
      if (slug === article.slug) at(`related.${i}`, 'an article cannot be related to itself');
      else if (!articlesBySlug.has(slug)) at(`related.${i}`, `"${slug}" is not an article`);
    });

    for (const field of ['published', 'reviewed', 'updated'] as const) {
      const date = article[field];
      if (date && date > today) at(field, `is in the future (${date})`);
    }
    for (const field of ['reviewed', 'updated'] as const) {
      const date = article[field];
      if (date && date < article.published) {
        at(field, `(${date}) is before published (${article.published})`);
      }
    }
    if (article.nextReview && article.reviewed && article.nextReview <= article.reviewed) {
      at('nextReview', `(${article.nextReview}) must be after reviewed (${article.reviewed})`);
    }
    article.changes.forEach((change, i) => {
      if (change.date > today) at(`changes.${i}.date`, `is in the future (${change.date})`);
      const previous = article.changes[i - 1];
      if (previous && change.date > previous.date) {
        at(`changes.${i}.date`, 'changes must be listed newest first');
      }
    });
    const newest = article.changes[0];
    if (newest && newest.date !== article.updated) {
      at('changes.0.date', `the newest change (${newest.date}) must match updated (${article.updated})`);
    }

    const referenceIds = article.references.map((r) => r.id);
    referenceIds.forEach((id, i) => {
      if (referenceIds.indexOf(id) !== i) at(`references.${i}.id`, `"${id}" is used twice`);
    });
    const cited = extractCitations(article.body);
    for (const id of new Set(cited)) {
      if (!referenceIds.includes(id)) at('body', `<Cite id="${id}" /> matches no reference`);
    }
    article.references.forEach((ref, i) => {
      if (!cited.includes(ref.id)) at(`references.${i}`, `"${ref.id}" is never cited in the body`);
      if (ref.url && !ref.url.startsWith('https://')) at(`references.${i}.url`, 'must use https');
    });
    if (article.references.length < minReferences) {
      at('references', `must list at least ${minReferences} sources (it has ${article.references.length})`);
    }

    for (const heading of article.headings) {
      if ((articleAnchors as readonly string[]).includes(heading.id)) {
        at('body', `heading "${heading.text}" would clash with the page's own "#${heading.id}" section`);
      }
    }
    checkLinks(article, new Set([...articleAnchors, ...article.headings.map((h) => h.id)]), source.bodyLineOffset);

    article.faqs.forEach((faq, i) => {
      const words = faq.answer.split(/\s+/).filter(Boolean).length;
      if (words < faqAnswerWords.min || words > faqAnswerWords.max) {
        warnings.push({
          file: article.file,
          field: `faqs.${i}.answer`,
          message: `has ${words} words: aim for ${faqAnswerWords.min} to ${faqAnswerWords.max}`,
        });
      }
      const key = faq.question.toLowerCase();
      const other = seenQuestions.get(key);
      if (other) at(`faqs.${i}.question`, `is already asked in ${other}`);
      else seenQuestions.set(key, article.file);
    });

    if (article.stats.readingGrade > maxReadingGrade) {
      at(
        'body',
        `reading grade ${article.stats.readingGrade.toFixed(1)} is above ${maxReadingGrade}: use shorter sentences and words`,
      );
    }
    const prose: Array<[string, string]> = [
      ['title', article.title],
      ['description', article.description],
      ...article.keyTakeaways.map((t, i): [string, string] => [`keyTakeaways.${i}`, t]),
      ...article.faqs.flatMap((f, i): Array<[string, string]> => [
        [`faqs.${i}.question`, f.question],
        [`faqs.${i}.answer`, f.answer],
      ]),
      ['body', article.body],
    ];
    for (const [field, text] of prose) {
      for (const message of findStigmatizingTerms(text)) at(field, message);
    }

    const daysLeft = article.nextReview ? daysBetween(today, article.nextReview) : Infinity;
    if (daysLeft < 0) {
      warnings.push({ file: article.file, field: 'nextReview', message: `review overdue since ${article.nextReview}` });
    } else if (daysLeft <= reviewDueSoonDays) {
      warnings.push({ file: article.file, field: 'nextReview', message: `review due ${article.nextReview} (in ${daysLeft} days)` });
    }
  }

  if (problems.length) throw new ContentError(problems);
  return { articles, people, pages, warnings };
}
