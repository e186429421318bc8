import Link from 'next/link';
import { DateText } from '@/components/date-text';
import type { Article, Person } from '@/lib/content';

/** Who wrote and who medically reviewed the article, when, and when it is next reviewed. */
export function ReviewByline({
  article,
  author,
  reviewer,
}: {
  article: Article;
  author: Person;
  reviewer: Person;
}) {
  return (
    <dl className="review-byline my-4 grid gap-x-4 gap-y-1 border-y border-slate-300 py-3 text-base sm:grid-cols-[max-content_1fr] dark:border-slate-600">
      <dt className="font-semibold">Written by</dt>
      <dd>
        <Link className="underline" href={author.url}>
          {author.name}
        </Link>
        , published <DateText date={article.published} />
      </dd>
      <dt className="font-semibold">Medically reviewed by</dt>
      <dd>
        <Link className="underline" href={reviewer.url}>
          {reviewer.name}
        </Link>
        , <DateText date={article.reviewed} />
      </dd>
      <dt className="font-semibold">Last updated</dt>
      <dd>
        <DateText date={article.updated} /> (
        <a className="underline" href="#what-changed">
          what changed
        </a>
        )
      </dd>
      <dt className="font-semibold">Next review due</dt>
      <dd>
        <DateText date={article.nextReview} />
      </dd>
    </dl>
  );
}
