/**
 * Where an article stands with its clinical review: the one answer the byline, the JSON-LD and the
 * content check all use.
 */

export interface ReviewFields {
  reviewer?: string;
  reviewed?: string;
  updated: string;
  nextReview?: string;
}

export type ReviewStatus =
  | { state: 'not-reviewed' }
  | {
      state: 'reviewed';
      reviewer: string;
      reviewed: string;
      /** The article's `updated` date, when it is later than the review. */
      changedAfterReview?: string;
    };

export function reviewStatus(article: ReviewFields): ReviewStatus {
  if (!article.reviewer || !article.reviewed) return { state: 'not-reviewed' };
  return {
    state: 'reviewed',
    reviewer: article.reviewer,
    reviewed: article.reviewed,
    ...(article.updated > article.reviewed ? { changedAfterReview: article.updated } : {}),
  };
}

/** Why an article's review is missing or out of date on `today`, each with the field to fix. */
export function reviewGaps(article: ReviewFields, today: string): Array<{ field: string; reason: string }> {
  const status = reviewStatus(article);
  if (status.state === 'not-reviewed') {
    return [{ field: 'reviewer', reason: 'not reviewed by a named clinician (set reviewer and reviewed)' }];
  }
  const gaps: Array<{ field: string; reason: string }> = [];
  if (status.changedAfterReview) {
    gaps.push({
      field: 'reviewed',
      reason: `changed on ${status.changedAfterReview}, after its last clinical review on ${status.reviewed}`,
    });
  }
  if (article.nextReview && article.nextReview < today) {
    gaps.push({ field: 'nextReview', reason: `review overdue since ${article.nextReview}` });
  }
  return gaps;
}
