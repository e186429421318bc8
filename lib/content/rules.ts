import type { BodyFacts } from './body';
import {
  daysBetween,
  faqAnswerWords,
  findStigmatizingTerms,
  maxReadingGrade,
  minReferences,
  reviewDueSoonDays,
} from './editorial';
import { findSpanishStigmatizingTerms, type stigmaRules } from './glossary';
import { minInflesz } from './readability-es';
import { checkSpanishText } from './spanish';
import { reviewGaps, reviewStatus } from './review';
import type { Article, Problem } from './types';

/** Editorial rules: what each article must say and how, and where its clinical review stands. */

export interface RuleOptions {
  today: string;
  /** `REQUIRE_CLINICAL_REVIEW=1`: a missing or outdated review is an error, not a notice. */
  requireClinicalReview: boolean;
  /** The Spanish glossary's avoid lists (for Spanish articles; none when the glossary is invalid). */
  esStigma?: ReturnType<typeof stigmaRules>;
}

/** Words that mean the article talks about withdrawal care, so it needs `<WithdrawalSafety />`. */
const withdrawalWords = /\b(withdrawals?|detox(?:es|ed|ing|ification)?)\b/i;
/** The same in Spanish (the glossary's "abstinencia" and "desintoxicación"). */
const esWithdrawalWords = /(?<![\p{L}])(abstinencia|desintoxica(?:ción|ciones|r\w*))(?![\p{L}])/iu;

/** Words that mean the article talks about opioids, overdose or stimulants, so it needs `<OverdoseSafety />`. */
export const overdoseWords =
  /\b(opioids?|fentanyl|overdos(?:e|es|ed|ing)|heroin|pain ?pills?|painkillers?|stimulants?|cocaine|meth(?:amphetamines?)?)\b/i;
/** The same in Spanish. */
export const esOverdoseWords =
  /(?<![\p{L}])(opioides?|fentanilo|sobredosis|heroína|analgésicos?|pastillas para el dolor|estimulantes?|cocaína|metanfetaminas?)(?![\p{L}])/iu;

/** Where a pattern first matches in each field, as `"word" in field` for the report. */
export function mentionsOf(fields: Array<[string, string]>, pattern: RegExp): string[] {
  return fields.flatMap(([field, text]) => {
    const match = pattern.exec(text);
    return match ? [`"${match[0]}" in ${field}`] : [];
  });
}

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
  } else {
    const score = article.stats.inflesz ?? 0;
    if (known && score < minInflesz) {
      at(
        'body',
        `INFLESZ readability ${score.toFixed(1)} is below ${minInflesz} ("normal"): use shorter sentences and shorter words`,
      );
    }
    // The crisis line's Spanish route beside every 988, and no English sentence (spanish.ts).
    checkSpanishText(
      prose.map(([field, text]): [string, string] => [field, field === 'body' ? body.prose : text]),
      at,
    );
    if (options.esStigma) {
      for (const [field, text] of prose) {
        for (const message of findSpanishStigmatizingTerms(text, options.esStigma)) at(field, message);
      }
    }
  }

  // Safety: the emergency box on every article; the withdrawal warning wherever withdrawal comes up.
  if (known && !body.components.has('CrisisHelp')) {
    at('body', 'must include <CrisisHelp /> (the 911 and 988 emergency box) on every article');
  }
  const mentionFields: Array<[string, string]> = [
    ['body', body.prose],
    ...article.keyTakeaways.map((t, i): [string, string] => [`keyTakeaways.${i}`, t]),
    ...article.faqs.flatMap((f, i): Array<[string, string]> => [
      [`faqs.${i}.question`, f.question],
      [`faqs.${i}.answer`, f.answer],
    ]),
  ];
  const es = article.lang === 'es';
  if (known && !body.components.has('WithdrawalSafety')) {
    const where = mentionsOf(mentionFields, es ? esWithdrawalWords : withdrawalWords);
    if (where.length) {
      at('body', `mentions withdrawal or detox (${where.join(', ')}) but has no <WithdrawalSafety />`);
    }
  }
  // What to do about an overdose, wherever opioids, overdose or stimulants come up, and beside the
  // withdrawal warning (which links to it).
  if (known && !body.components.has('OverdoseSafety')) {
    const where = mentionsOf(mentionFields, es ? esOverdoseWords : overdoseWords);
    if (body.components.has('WithdrawalSafety')) where.push('<WithdrawalSafety /> in body');
    if (where.length) {
      at(
        'body',
        `mentions opioids, overdose or stimulants (${where.join(', ')}) but has no <OverdoseSafety /> (what to do about an overdose)`,
      );
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
