import Link from '@/components/site-link';
import { DateText } from '@/components/date-text';
import { personIn, reviewStatus, type Article, type Person } from '@/lib/content';
import { formatDate, getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/**
 * Who wrote the article and when; who medically reviewed it, or, when no named clinician has,
 * a plain notice saying so; whether it changed after that review; and when it changed last.
 */
export function ReviewByline({
  article,
  author,
  reviewer,
  lang = 'en',
}: {
  article: Article;
  author: Person;
  reviewer?: Person;
  lang?: Lang;
}) {
  const status = reviewStatus(article);
  const t = getDictionary(lang).review;
  const authorName = personIn(author, lang).name;
  return (
    <dl className="review-byline my-4 grid gap-x-4 gap-y-1 border-y border-slate-300 py-3 text-base sm:grid-cols-[max-content_1fr] dark:border-slate-600">
      <dt className="font-semibold">{t.writtenBy}</dt>
      <dd>
        <Link className="underline" href={author.url}>
          {authorName}
        </Link>
        , {t.published} <DateText lang={lang} date={article.published} />
      </dd>
      <dt className="font-semibold">{t.clinicalReview}</dt>
      {reviewer && status.state === 'reviewed' ? (
        <dd data-review-status={status.changedAfterReview ? 'changed-after-review' : 'reviewed'}>
          {t.reviewedBy}{' '}
          <Link className="underline" href={reviewer.url}>
            {reviewer.name}
          </Link>
          , {reviewer.credentials}, <DateText lang={lang} date={status.reviewed} />
          {status.changedAfterReview ? (
            <p className="mt-1 font-semibold">
              {t.changedAfter(formatDate(status.changedAfterReview, lang))}
            </p>
          ) : null}
        </dd>
      ) : (
        <dd data-review-status="not-reviewed">
          {t.notReviewed(author.kind === 'team' ? t.teamName(authorName) : authorName)}
        </dd>
      )}
      <dt className="font-semibold">{t.lastUpdated}</dt>
      <dd>
        <DateText lang={lang} date={article.updated} /> (
        <a className="underline" href="#what-changed">
          {t.whatChanged}
        </a>
        )
      </dd>
      {article.nextReview ? (
        <>
          <dt className="font-semibold">{t.nextReview}</dt>
          <dd>
            <DateText lang={lang} date={article.nextReview} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
