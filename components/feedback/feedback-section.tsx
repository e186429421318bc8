import { FeedbackForm } from './feedback-form';

/** "Was this page helpful?" at the end of a page. */
export function FeedbackSection({ page }: { page: string }) {
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-heading"
      className="feedback no-print my-10 rounded-md border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id="feedback-heading" className="text-xl font-bold">
        Was this page helpful?
      </h2>
      <FeedbackForm page={page} />
    </section>
  );
}
