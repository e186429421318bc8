import { getSiteConfig } from '../config';
import { crossCheck } from './cross-check';
import { readSources, type ContentSources, type SourceFile } from './read';
import { checkArticleRules } from './rules';
import { checkPhoneNumbers, knownPhoneNumbers } from './phone-numbers';
import { readGlossary, stigmaRules } from './glossary';
import { checkSpanishText, dictionaryStrings, faqLinksWithoutAnchor } from './spanish';
import { esPaths, paths } from '../urls';
import { checkTranslation, pairTranslations } from './translation';
import { es as esDictionary } from '../i18n/dictionaries/es';
import type { Article, ContentTree, Page, Problem } from './types';
import { validateArticles, validatePages, validatePeople } from './validate';

/**
 * Loading: read (read.ts) → validate each file (validate.ts) → cross-check files against each other
 * (cross-check.ts) → editorial rules (rules.ts). Every problem in every file is collected; any
 * problem throws one ContentError listing them all.
 */

export { articleAnchors } from './cross-check';
export { readSources, type ContentSources, type SourceFile } from './read';

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
  /**
   * Refuse every missing or outdated clinical review (default: `REQUIRE_CLINICAL_REVIEW=1` in the
   * environment).
   */
  requireClinicalReview?: boolean;
  /** Article slugs the home page lists, by name (default: the site config's `startHere`). */
  homeLists?: Record<string, readonly string[]>;
}

/** `REQUIRE_CLINICAL_REVIEW=1` in the environment. */
export function requireClinicalReviewFromEnv(): boolean {
  return process.env.REQUIRE_CLINICAL_REVIEW === '1';
}

/**
 * Reads, parses, validates and cross-checks the whole content folder.
 * Returns the typed tree, or throws a ContentError listing every problem in every file.
 */
export function loadContent(dir: string, options: LoadOptions = {}): ContentTree {
  return buildContent(readSources(dir), options);
}

/** Problems in the body's syntax: MDX that does not parse, nodes outside the allowlist. */
function bodyProblems(source: SourceFile): Problem[] {
  return source.facts.problems.map((problem) => ({
    file: source.file,
    field: problem.line ? `body (line ${problem.line + source.bodyLineOffset})` : 'body',
    message: problem.message,
  }));
}

/** Validates and cross-checks parsed sources; throws a ContentError listing every problem. */
export function buildContent(sources: ContentSources, options: LoadOptions = {}): ContentTree {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const requireClinicalReview = options.requireClinicalReview ?? requireClinicalReviewFromEnv();
  const homeLists = options.homeLists ?? { startHere: getSiteConfig().startHere };
  const problems: Problem[] = [...sources.problems];
  const warnings: Problem[] = [];

  const bodies = [...sources.pages, ...sources.articles, ...sources.es.pages, ...sources.es.articles];
  for (const source of bodies) problems.push(...bodyProblems(source));

  const people = validatePeople(sources.people, problems);
  const pages = validatePages(sources.pages, today, problems);
  const articles = validateArticles(sources.articles, today, problems);
  const es = {
    pages: validatePages(sources.es.pages, today, problems, 'es'),
    articles: validateArticles(sources.es.articles, today, problems, 'es'),
  };

  const facts = new Map(bodies.map((s) => [s.file, { ...s.facts, lineOffset: s.bodyLineOffset }]));
  const invalidIds = (all: typeof bodies, valid: Array<Article | Page>) =>
    new Set(all.map((s) => s.id).filter((id) => !valid.some((v) => v.slug === id)));
  const invalid = {
    people: new Set(sources.people.map((s) => s.id).filter((id) => !people.some((p) => p.id === id))),
    articles: invalidIds(sources.articles, articles),
    pages: invalidIds(sources.pages, pages),
    esArticles: invalidIds(sources.es.articles, es.articles),
  };
  // Pairs Spanish files with their sources first: the link check suggests twins from the pairing.
  const pairs = pairTranslations({ articles, pages, es }, invalid, problems, warnings);
  for (const { translation, source } of pairs) {
    const mine = facts.get(translation.file);
    const theirs = facts.get(source.file);
    const both = mine?.parsed && theirs?.parsed;
    checkTranslation(
      translation,
      source,
      both ? { translation: mine.citations, source: theirs.citations } : undefined,
      both ? { translation: mine.components, source: theirs.components } : undefined,
      problems,
    );
    // A warning: the link works, but lands at the top of the questions page.
    for (const line of both ? faqLinksWithoutAnchor(mine.links, theirs.links, { en: paths.faq, es: esPaths.faq }) : []) {
      warnings.push({
        file: translation.file,
        field: `body (line ${line + mine!.lineOffset})`,
        message: `links to ${esPaths.faq} with no #anchor, where the English source links to one question: add the Spanish question's anchor`,
      });
    }
  }
  const hasSpanish = sources.es.articles.length + sources.es.pages.length > 0;
  const glossary = hasSpanish ? readGlossary(sources.dir, problems) : undefined;
  const esStigma = glossary ? stigmaRules(glossary) : undefined;
  crossCheck({ dir: sources.dir, people, pages, articles, es, facts, homeLists, invalid }, problems);

  for (const article of [...articles, ...es.articles]) {
    checkArticleRules(article, facts.get(article.file)!, { today, requireClinicalReview, esStigma }, problems, warnings);
  }
  // Spanish pages and the Spanish interface: 988 with its Spanish route, no English sentence.
  for (const page of es.pages) {
    const prose = facts.get(page.file)?.prose ?? '';
    checkSpanishText(
      [['title', page.title], ['description', page.description], ['body', prose]],
      (field, message) => problems.push({ file: page.file, field, message }),
    );
  }
  if (hasSpanish) {
    checkSpanishText(dictionaryStrings(esDictionary), (field, message) =>
      problems.push({ file: 'lib/i18n/dictionaries/es.ts', field, message }),
    );
    for (const person of people) {
      if (!person.es) continue;
      checkSpanishText(dictionaryStrings(person.es, 'es'), (field, message) =>
        problems.push({ file: person.file, field, message }),
      );
    }
    // The configured Spanish wording too (the crisis line's name is a label, printed beside its route).
    const { helpline, crisis } = getSiteConfig();
    const configured = { helpline: { es: helpline.es }, crisis: { es: { ...crisis.es, name: undefined } } };
    checkSpanishText(dictionaryStrings(configured), (field, message) =>
      problems.push({ file: 'site config', field, message }),
    );
  }
  const phoneNumbers = knownPhoneNumbers();
  for (const page of [...pages, ...es.pages]) checkPhoneNumbers(page.file, [['body', page.body]], phoneNumbers, problems);
  for (const article of [...articles, ...es.articles]) {
    checkPhoneNumbers(
      article.file,
      [
        ['body', article.body],
        ...article.keyTakeaways.map((t, i): [string, string] => [`keyTakeaways.${i}`, t]),
        ...article.faqs.map((f, i): [string, string] => [`faqs.${i}.answer`, f.answer]),
      ],
      phoneNumbers,
      problems,
    );
  }

  // Stable sort: each file's problems together, in the order the stages found them.
  if (problems.length) throw new ContentError(problems.sort((a, b) => a.file.localeCompare(b.file)));
  return { articles, people, pages, es, glossary, warnings };
}
