import { DateText } from '@/components/date-text';
import type { Article } from '@/lib/content';

/** Dated notes of each substantive update, newest first. */
export function ChangeLog({ changes }: { changes: Article['changes'] }) {
  return (
    <section aria-labelledby="what-changed" className="my-8">
      <h2 id="what-changed" className="text-2xl font-bold">
        What changed
      </h2>
      <ul className="mt-3 space-y-1 text-base">
        {changes.map((change) => (
          <li key={`${change.date}-${change.summary}`}>
            <DateText date={change.date} />: {change.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
