import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import {
  FeedbackComments,
  FeedbackLangFilter,
  FeedbackSummaryTable,
} from '@/components/feedback/feedback-admin';
import { checkAdmin } from '@/lib/feedback/auth';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { parseLangFilter, summaryForLang } from '@/lib/feedback/lang-filter';
import { adminFeedbackCsvPath } from '@/lib/feedback/routes';
import { withOwnFeedbackStore } from '@/lib/feedback/store';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Reader feedback',
  robots: { index: false, follow: false },
};

/**
 * Editors' view of "Was this page helpful?" (proxy.ts asks for the token and counts wrong ones;
 * checked again here).
 * `?lang=en|es` shows one edition's pages.
 */
export default async function AdminFeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (checkAdmin((await headers()).get('authorization')) !== 'ok') notFound();
  const raw = (await searchParams).lang;
  const filter = parseLangFilter(Array.isArray(raw) ? raw[0] : raw);
  if (!filter.ok) {
    return (
      <>
        <h1 className="text-3xl font-bold">Reader feedback</h1>
        <p className="mt-3" role="alert">
          {filter.error}.{' '}
          <a className="font-bold underline" href="?">
            Show every page
          </a>
        </p>
      </>
    );
  }
  const { lang } = filter;
  let loaded;
  try {
    loaded = await withOwnFeedbackStore((store) =>
      Promise.all([store.summary(), store.latestComments(500, { lang })]),
    );
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return (
      <>
        <h1 className="text-3xl font-bold">Reader feedback</h1>
        <p className="mt-3" role="alert">
          The feedback database cannot be reached right now. Nothing is lost: try again in a minute.
        </p>
      </>
    );
  }
  const summary = summaryForLang(loaded[0], lang);
  const comments = loaded[1];
  const csvHref = lang ? `${adminFeedbackCsvPath}?lang=${lang}` : adminFeedbackCsvPath;
  return (
    <>
      <h1 className="text-3xl font-bold">Reader feedback</h1>
      <p className="mt-3">
        {summary.total} answers and {summary.helplineTaps} helpline taps on {summary.pages.length}{' '}
        pages.{' '}
        <a className="font-bold underline" href={csvHref} download>
          {lang ? 'Download these answers as CSV' : 'Download every answer as CSV'}
        </a>
      </p>
      <FeedbackLangFilter lang={lang} />
      <FeedbackSummaryTable summary={summary} />
      <FeedbackComments comments={comments} />
    </>
  );
}
