import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { FeedbackDetailsForm } from '@/components/feedback/feedback-details-form';
import { knownPages, pageTitle } from '@/lib/feedback/pages';
import { followupTokenPattern } from '@/lib/feedback/schema';
import { paths } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Thank you for your feedback',
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Where a feedback form lands with JavaScript off: thanks, the optional follow-up, and the way back. */
export default async function FeedbackThanksPage({ searchParams }: Props) {
  const params = await searchParams;
  const claimed = first(params.page);
  const page = claimed && knownPages().has(claimed) ? claimed : undefined;
  const helpfulParam = first(params.helpful);
  const helpful = helpfulParam === 'yes' || helpfulParam === 'no' ? helpfulParam : undefined;
  const tokenParam = first(params.token);
  const token = tokenParam && followupTokenPattern.test(tokenParam) ? tokenParam : undefined;
  const sentDetails = first(params.sent) === 'details';
  const title = page ? pageTitle(page) : undefined;

  return (
    <>
      <h1 className="text-3xl font-bold">Thank you for your feedback</h1>
      <p className="mt-4 max-w-3xl text-xl">
        {sentDetails
          ? 'Your comments have been sent to our editors. They read them to improve the site.'
          : 'Your answer has been counted. It helps our editors see which pages need work.'}
      </p>
      {page && helpful && token && !sentDetails ? (
        <section className="my-8 max-w-3xl rounded-md border-2 border-slate-300 p-4 dark:border-slate-600">
          <FeedbackDetailsForm page={page} helpful={helpful} followupToken={token} />
        </section>
      ) : null}
      <p className="mt-6">
        <Link className="font-bold underline" href={page ?? paths.home}>
          {page ? `Back to ${title ?? 'the page you were reading'}` : 'Go to the home page'}
        </Link>
      </p>
    </>
  );
}
