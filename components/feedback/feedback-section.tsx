import { FeedbackDetailsForm } from './feedback-details-form';
import { FeedbackEnhancer } from './feedback-enhancer';
import { FeedbackForm } from './feedback-form';

/** "Was this page helpful?" at the end of a page: server-rendered forms, enhanced in place when JS runs. */
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
      <FeedbackEnhancer
        answerForm={<FeedbackForm page={page} />}
        yesDetails={<FeedbackDetailsForm page={page} helpful="yes" />}
        noDetails={<FeedbackDetailsForm page={page} helpful="no" />}
      />
    </section>
  );
}
