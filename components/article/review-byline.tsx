import Link from '@/components/site-link';
import { DateText } from '@/components/date-text';
import { reviewStatus, type Article, type Person } from '@/lib/content';

/**
 * Who wrote the article and when; who medically reviewed it, or, when no named clinician has,
 * a plain notice saying so; whether it changed after that review; and when it changed last.
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
  const status = reviewStatus(article);
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
      {reviewer && status.state === 'reviewed' ? (
        <dd data-review-status={status.changedAfterReview ? 'changed-after-review' : 'reviewed'}>
          Medically reviewed by{' '}
          <Link className="underline" href={reviewer.url}>
            {reviewer.name}
          </Link>
          , {reviewer.credentials}, <DateText date={status.reviewed} />
          {status.changedAfterReview ? (
            <p className="mt-1 font-semibold">
              This article changed on <DateText date={status.changedAfterReview} />, after its last
              clinical review. The changes have not been reviewed yet.
            </p>
          ) : null}
        </dd>
      ) : (
        <dd data-review-status="not-reviewed">
          Not yet reviewed by a named clinician. Written by{' '}
          {author.kind === 'team' ? `the ${author.name.toLowerCase()}` : author.name} from the
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
