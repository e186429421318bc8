import { DateText } from '@/components/date-text';
import { isCrisis } from '@/lib/crisis/detect';
import type { Lang } from '@/lib/i18n/lang';
import { feedbackReasons, reasonIds } from '@/lib/feedback/schema';
import type { FeedbackRow, Summary } from '@/lib/feedback/store';
import { formatPercent } from '@/lib/feedback/report-format';

/** Each edition's name, in English (the editors' view is in English). */
export const langNames: Record<Lang, string> = { en: 'English', es: 'Spanish' };

/** Links that show every page, or one edition's pages (a plain GET: works without JavaScript). */
export function FeedbackLangFilter({ lang }: { lang?: Lang }) {
  const options: Array<{ value?: Lang; label: string }> = [
    { label: 'All languages' },
    { value: 'en', label: langNames.en },
    { value: 'es', label: langNames.es },
  ];
  return (
    <nav aria-label="Filter by language" className="mt-4">
      <ul className="flex flex-wrap gap-4">
        {options.map((o) => (
          <li key={o.label}>
            <a
              className="underline"
              href={o.value ? `?lang=${o.value}` : '?'}
              aria-current={o.value === lang ? 'page' : undefined}
            >
              {o.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Per page: yes, no, helpful %, reasons, comments and helpline taps. */
export function FeedbackSummaryTable({ summary }: { summary: Summary }) {
  if (summary.pages.length === 0) return <p className="mt-6">No feedback yet.</p>;
  return (
    <div
      className="mt-6 overflow-x-auto"
      role="region"
      aria-labelledby="feedback-by-page"
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left text-base">
        <caption id="feedback-by-page" className="mb-2 text-left text-xl font-bold">
          Feedback by page
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">
              Page
            </th>
            <th scope="col" className="p-2">
              Language
            </th>
            <th scope="col" className="p-2 text-right">
              Yes
            </th>
            <th scope="col" className="p-2 text-right">
              No
            </th>
            <th scope="col" className="p-2 text-right">
              Helpful
            </th>
            {reasonIds.map((id) => (
              <th key={id} scope="col" className="p-2 text-right">
                {feedbackReasons[id]}
              </th>
            ))}
            <th scope="col" className="p-2 text-right">
              Comments
            </th>
            <th scope="col" className="p-2 text-right">
              Helpline taps
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.pages.map((p) => (
            <tr key={p.page} className="border-b border-slate-300">
              <th scope="row" className="p-2 font-normal">
                <a className="underline" href={p.page}>
                  {p.page}
                </a>
              </th>
              <td className="p-2">{langNames[p.lang]}</td>
              <td className="p-2 text-right">{p.yes}</td>
              <td className="p-2 text-right">{p.no}</td>
              <td className="p-2 text-right">{formatPercent(p.helpfulPercent)}</td>
              {reasonIds.map((id) => (
                <td key={id} className="p-2 text-right">
                  {p.reasons[id]}
                </td>
              ))}
              <td className="p-2 text-right">{p.comments}</td>
              <td className="p-2 text-right">{p.helplineTaps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The newest comments on each page, as text (React escapes whatever readers typed). */
export function FeedbackComments({
  comments,
  perPage = 5,
}: {
  comments: FeedbackRow[];
  perPage?: number;
}) {
  const byPage = new Map<string, FeedbackRow[]>();
  for (const c of comments) {
    const list = byPage.get(c.page) ?? [];
    if (list.length < perPage) list.push(c);
    byPage.set(c.page, list);
  }
  return (
    <section aria-labelledby="latest-comments" className="mt-10">
      <h2 id="latest-comments" className="text-2xl font-bold">
        Latest comments
      </h2>
      {byPage.size === 0 ? <p className="mt-3">No comments yet.</p> : null}
      {[...byPage].map(([page, list]) => (
        <section key={page} aria-label={`Comments on ${page}`} className="mt-6">
          <h3 className="text-xl font-bold">
            <a className="underline" href={page}>
              {page}
            </a>{' '}
            <span className="text-base font-normal">({langNames[list[0]!.lang]})</span>
          </h3>
          <ol className="mt-2 space-y-3">
            {list.map((c, i) => (
              <li key={`${c.createdAt}-${i}`} className="rounded-md border border-slate-300 p-3">
                <p className="text-base">
                  {c.helpful === 'yes' ? 'Helpful' : 'Not helpful'} ·{' '}
                  <DateText date={c.createdAt.slice(0, 10)} />
                  {c.reasons.length
                    ? ` · ${c.reasons.map((r) => feedbackReasons[r]).join(', ')}`
                    : ''}
                </p>
                {isCrisis(c.comment ?? '') ? (
                  <p className="feedback-crisis-mark mt-1 font-bold text-red-800 dark:text-red-300">
                    Reads as a crisis (suicide, self-harm or an overdose): the reader was shown 988
                    and 911 with their thanks. Nobody can reply to them here.
                  </p>
                ) : null}
                <p className="mt-1 whitespace-pre-wrap">{c.comment}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
