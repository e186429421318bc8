import type { BodyFacts } from './body';
import {
  daysBetween,
  faqAnswerWords,
  findStigmatizingTerms,
  maxReadingGrade,
  minReferences,
  reviewDueSoonDays,
} from './editorial';
import { reviewGaps, reviewStatus } from './review';
import type { Article, Problem } from './types';

/** Editorial rules: what each article must say and how, and where its clinical review stands. */

export interface RuleOptions {
  today: string;
  /** `REQUIRE_CLINICAL_REVIEW=1`: a missing or outdated review is an error, not a notice. */
  requireClinicalReview: boolean;
}

/** Words that mean the article talks about withdrawal care, so it needs `<WithdrawalSafety />`. */
const withdrawalWords = /\b(withdrawals?|detox(?:es|ed|ing|ification)?)\b/i;
/** The same in Spanish (the glossary's "abstinencia" and "desintoxicación"). */
const esWithdrawalWords = /(?<![\p{L}])(abstinencia|desintoxica(?:ción|ciones|r\w*))(?![\p{L}])/iu;

export function checkArticleRules(
  article: Article,
  body: BodyFacts,
  options: RuleOptions,
  problems: Problem[],
  warnings: Problem[],
): void {
  const at = (field: string, message: string) => problems.push({ file: article.file, field, message });
  const warn = (field: string, message: string) => warnings.push({ file: article.file, field, message });

  // A body that does not parse has its one problem listed already; facts from it would be false.
  const known = body.parsed;
  const referenceIds = article.references.map((r) => r.id);
  referenceIds.forEach((id, i) => {
    if (referenceIds.indexOf(id) !== i) at(`references.${i}.id`, `"${id}" is used twice`);
  });
  for (const id of new Set(body.citations)) {
    if (!referenceIds.includes(id)) at('body', `<Cite id="${id}" /> matches no reference`);
  }
  article.references.forEach((ref, i) => {
    if (known && !body.citations.includes(ref.id)) {
      at(`references.${i}`, `"${ref.id}" is never cited in the body`);
    }
    if (ref.url && !ref.url.startsWith('https://')) at(`references.${i}.url`, 'must use https');
  });
  if (article.references.length < minReferences) {
    at('references', `must list at least ${minReferences} sources (it has ${article.references.length})`);
  }

  // Spanish readability and wording have their own rules (spanish.ts); these are English ones.
  if (article.lang === 'en' && article.stats.readingGrade > maxReadingGrade) {
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
  if (article.lang === 'en') {
    for (const [field, text] of prose) {
      for (const message of findStigmatizingTerms(text)) at(field, message);
    }
  }

  // Safety: the emergency box on every article; the withdrawal warning wherever withdrawal comes up.
  if (known && !body.components.has('CrisisHelp')) {
    at('body', 'must include <CrisisHelp /> (the 911 and 988 emergency box) on every article');
  }
  if (known && !body.components.has('WithdrawalSafety')) {
    const mentions: Array<[string, string]> = [
      ['body', body.prose],
      ...article.keyTakeaways.map((t, i): [string, string] => [`keyTakeaways.${i}`, t]),
      ...article.faqs.flatMap((f, i): Array<[string, string]> => [
        [`faqs.${i}.question`, f.question],
        [`faqs.${i}.answer`, f.answer],
      ]),
    ];
    const where = mentions.flatMap(([field, text]) => {
      const match = (article.lang === 'es' ? esWithdrawalWords : withdrawalWords).exec(text);
      return match ? [`"${match[0]}" in ${field}`] : [];
    });
    if (where.length) {
      at('body', `mentions withdrawal or detox (${where.join(', ')}) but has no <WithdrawalSafety />`);
    }
  }

  article.faqs.forEach((faq, i) => {
    const words = faq.answer.split(/\s+/).filter(Boolean).length;
    if (words < faqAnswerWords.min || words > faqAnswerWords.max) {
      warn(`faqs.${i}.answer`, `has ${words} words: aim for ${faqAnswerWords.min} to ${faqAnswerWords.max}`);
    }
  });

  checkReview(article, options, problems, warnings);
}

/**
 * The clinical review: by default an article changed after its review and a review overdue or due
 * soon are warnings; with `requireClinicalReview` every missing or outdated review is one error
 * line for the file.
 */
function checkReview(article: Article, options: RuleOptions, problems: Problem[], warnings: Problem[]) {
  const { today } = options;
  if (options.requireClinicalReview) {
    const gaps = reviewGaps(article, today);
    if (gaps.length) {
      problems.push({
        file: article.file,
        field: gaps[0]!.field,
        message: `REQUIRE_CLINICAL_REVIEW=1: ${gaps.map((g) => g.reason).join('; ')}`,
      });
      return;
    }
  }
  const status = reviewStatus(article);
  if (status.state === 'reviewed' && status.changedAfterReview) {
    warnings.push({
      file: article.file,
      field: 'reviewed',
      message: `the article changed on ${status.changedAfterReview}, after its last clinical review on ${status.reviewed}: ask for a new review`,
    });
  }
  const daysLeft = article.nextReview ? daysBetween(today, article.nextReview) : Infinity;
  if (daysLeft < 0) {
    warnings.push({ file: article.file, field: 'nextReview', message: `review overdue since ${article.nextReview}` });
  } else if (daysLeft <= reviewDueSoonDays) {
    warnings.push({
      file: article.file,
      field: 'nextReview',
      message: `review due ${article.nextReview} (in ${daysLeft} days)`,
    });
  }
}
