import GithubSlugger from 'github-slugger';
import type { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { paths, pathsFor } from '../urls';
import { addMonths, reviewCycleMonths, textStats } from './editorial';
import type { SourceFile } from './read';
import { spanishBodyStats } from './readability-es';
import { articleSchema, esArticleSchema, esPageSchema, pageSchema, personSchema } from './schema';
import type { Article, Page, Person, Problem } from './types';

/** Validating: each file on its own against its zod schema, then the rules one file's dates obey. */

function validate<T>(schema: z.ZodType<T>, source: SourceFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')
          ? 'is required'
          : issue.message;
    problems.push({ file: source.file, field, message });
  }
  return undefined;
}

const headingsOf = (source: SourceFile) => source.facts.headings;

export function validatePeople(sources: SourceFile[], problems: Problem[]): Person[] {
  return sources.flatMap((source) => {
    const data = validate(personSchema, source, problems);
    return data ? [{ ...data, id: source.id, url: paths.person(source.id), file: source.file }] : [];
  });
}

/** English frontmatter, or Spanish with its translation fields. */
type Translated<T> = T & { translationOf?: string; sourceUpdated?: string };

/** `sourceUpdated` of a Spanish file: not in the future (its match with the English file is cross-checked). */
function checkSourceUpdated(file: string, data: { sourceUpdated?: string }, today: string, problems: Problem[]) {
  if (data.sourceUpdated && data.sourceUpdated > today) {
    problems.push({ file, field: 'sourceUpdated', message: `is in the future (${data.sourceUpdated})` });
  }
}

export function validatePages(sources: SourceFile[], today: string, problems: Problem[], lang: Lang = 'en'): Page[] {
  return sources.flatMap((source) => {
    const data = validate<Translated<z.infer<typeof pageSchema>>>(
      lang === 'es' ? esPageSchema : pageSchema,
      source,
      problems,
    );
    if (!data) return [];
    if (data.updated > today) {
      problems.push({ file: source.file, field: 'updated', message: `is in the future (${data.updated})` });
    }
    checkSourceUpdated(source.file, data, today, problems);
    return [
      {
        ...data,
        lang,
        slug: source.id,
        url: pathsFor(lang).page(source.id),
        file: source.file,
        body: source.body,
        headings: headingsOf(source),
      },
    ];
  });
}

/**
 * Articles of one edition. FAQ ids are unique within the edition (one FAQ page each); the English
 * and Spanish FAQ pages have their own anchors.
 */
export function validateArticles(
  sources: SourceFile[],
  today: string,
  problems: Problem[],
  lang: Lang = 'en',
): Article[] {
  const faqSlugger = new GithubSlugger();
  return sources.flatMap((source) => {
    const data = validate<Translated<z.infer<typeof articleSchema>>>(
      lang === 'es' ? esArticleSchema : articleSchema,
      source,
      problems,
    );
    if (!data) return [];
    checkSourceUpdated(source.file, data, today, problems);
    const { faqs, nextReview, ...rest } = data;
    const article: Article = {
      ...rest,
      lang,
      slug: source.id,
      url: pathsFor(lang).article(source.id),
      file: source.file,
      body: source.body,
      headings: headingsOf(source),
      faqs: faqs.map((faq) => ({ ...faq, id: faqSlugger.slug(faq.question) })),
      nextReview: data.reviewed ? (nextReview ?? addMonths(data.reviewed, reviewCycleMonths)) : undefined,
      stats: lang === 'es' ? spanishTextStats(source.body) : textStats(source.body),
    };
    checkArticleDates(article, today, problems);
    return [article];
  });
}

/** Stats of a Spanish body: its own word count and INFLESZ score (the English grade kept for reference). */
function spanishTextStats(body: string) {
  const spanish = spanishBodyStats(body);
  return { ...textStats(body), words: spanish.words, inflesz: spanish.inflesz };
}

function checkArticleDates(article: Article, today: string, problems: Problem[]) {
  const at = (field: string, message: string) => problems.push({ file: article.file, field, message });
  if ((article.reviewer === undefined) !== (article.reviewed === undefined)) {
    at(article.reviewer ? 'reviewed' : 'reviewer', 'reviewer and reviewed go together: set both, or neither');
  }
  for (const field of ['published', 'reviewed', 'updated'] as const) {
    const date = article[field];
    if (date && date > today) at(field, `is in the future (${date})`);
  }
  for (const field of ['reviewed', 'updated'] as const) {
    const date = article[field];
    if (date && date < article.published) at(field, `(${date}) is before published (${article.published})`);
  }
  if (article.nextReview && article.reviewed && article.nextReview <= article.reviewed) {
    at('nextReview', `(${article.nextReview}) must be after reviewed (${article.reviewed})`);
  }
  article.changes.forEach((change, i) => {
    if (change.date > today) at(`changes.${i}.date`, `is in the future (${change.date})`);
    const previous = article.changes[i - 1];
    if (previous && change.date > previous.date) at(`changes.${i}.date`, 'changes must be listed newest first');
  });
  const newest = article.changes[0];
  if (newest && newest.date !== article.updated) {
    at('changes.0.date', `the newest change (${newest.date}) must match updated (${article.updated})`);
  }
}
