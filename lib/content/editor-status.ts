import type { Lang } from '../i18n/lang';
import { addMonths, daysBetween, reviewCycleMonths } from './editorial';
import { reviewStatus } from './review';
import { translationStatus } from './translation';
import type { Article, ContentTree, Page } from './types';

/** What falls due: a reviewed article's next clinical review, or any other file's yearly update check. */
export type DueKind = 'review' | 'update';

export type DueItem = {
  title: string;
  url: string;
  file: string;
  lang: Lang;
  kind: DueKind;
  /** The ISO date it falls due. */
  due: string;
  /** Days from today to `due`: negative when overdue. */
  daysLeft: number;
};

/**
 * Articles and pages of one edition whose clinical review (reviewed articles: `nextReview`) or
 * update check (everything else: `updated` plus the review cycle, 12 months) is overdue or falls
 * due within `withinDays` of `today`; the most overdue first.
 */
export function dueWithin(
  tree: ContentTree,
  lang: Lang,
  today: string,
  withinDays = 30,
): DueItem[] {
  const { articles, pages } = lang === 'es' ? tree.es : tree;
  const items: Array<Article | Page> = [...articles, ...pages];
  return items
    .map((item): DueItem => {
      const reviewed =
        'topic' in item && reviewStatus(item).state === 'reviewed' && item.nextReview;
      const due = reviewed ? item.nextReview! : addMonths(item.updated, reviewCycleMonths);
      return {
        title: item.title,
        url: item.url,
        file: item.file,
        lang,
        kind: reviewed ? 'review' : 'update',
        due,
        daysLeft: daysBetween(today, due),
      };
    })
    .filter((item) => item.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.url.localeCompare(b.url));
}

export type TranslationGap =
  | { state: 'missing'; source: Article | Page }
  | {
      state: 'stale';
      source: Article | Page;
      translation: Article | Page;
      /** The English `updated` the translation was made from. */
      translatedFrom: string;
    };

/**
 * English articles and pages with no Spanish file translating them, then Spanish files made from
 * an older English version than today's; each in path order.
 */
export function translationGaps(tree: ContentTree): TranslationGap[] {
  const english: Array<Article | Page> = [...tree.articles, ...tree.pages];
  const spanish: Array<Article | Page> = [...tree.es.articles, ...tree.es.pages];
  const byUrl = (a: { source: Article | Page }, b: { source: Article | Page }) =>
    a.source.url.localeCompare(b.source.url);
  const missing = english
    .filter(
      (source) =>
        !spanish.some((s) => s.translationOf === source.slug && 'topic' in s === 'topic' in source),
    )
    .map((source) => ({ state: 'missing' as const, source }))
    .sort(byUrl);
  const stale = spanish
    .map((translation) => ({ translation, status: translationStatus(translation, english) }))
    .filter(({ status }) => status?.stale)
    .map(({ translation, status }) => ({
      state: 'stale' as const,
      source: status!.source,
      translation,
      translatedFrom: status!.sourceUpdated,
    }))
    .sort(byUrl);
  return [...missing, ...stale];
}
