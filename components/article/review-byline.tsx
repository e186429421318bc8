import Link from '@/components/site-link';
import { DateText } from '@/components/date-text';
import type { Article, Person } from '@/lib/content';

/**
 * Who wrote the article and when; who medically reviewed it, or, when no named clinician has,
 * a plain notice saying so; and when it changed last.
 */
export function ReviewByline({
  article,
  author,
  reviewer,
}: {
  article: Article;
  author: Person;
  reviewer?: Person;
}) {
  const reviewed = reviewer && article.reviewed ? article.reviewed : undefined;
  return (
    <dl className="review-byline my-4 grid gap-x-4 gap-y-1 border-y border-slate-300 py-3 text-base sm:grid-cols-[max-content_1fr] dark:border-slate-600">
      <dt className="font-semibold">Written by</dt>
      <dd>
        <Link className="underline" href={author.url}>
          {author.name}
        </Link>
        , published <DateText date={article.published} />
      </dd>
      <dt className="font-semibold">Clinical review</dt>
      {reviewer && reviewed ? (
        <dd>
          Medically reviewed by{' '}
          <Link className="underline" href={reviewer.url}>
            {reviewer.name}
          </Link>
          , {reviewer.credentials}, <DateText date={reviewed} />
        </dd>
      ) : (
        <dd data-review-status="not-reviewed">
          Not yet reviewed by a named clinician. Written by {author.name.toLowerCase()} from the
          sources listed below.
        </dd>
      )}
      <dt className="font-semibold">Last updated</dt>
      <dd>
        <DateText date={article.updated} /> (
        <a className="underline" href="#what-changed">
          what changed
        </a>
        )
      </dd>
      {article.nextReview ? (
        <>
          <dt className="font-semibold">Next review due</dt>
          <dd>
            <DateText date={article.nextReview} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
