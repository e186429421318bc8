import { DateText } from '@/components/date-text';
import type { Article } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** Dated notes of each substantive update, newest first. */
export function ChangeLog({ changes, lang = 'en' }: { changes: Article['changes']; lang?: Lang }) {
  return (
    <section aria-labelledby="what-changed" className="my-8">
      <h2 id="what-changed" className="text-2xl font-bold">
        {getDictionary(lang).article.whatChanged}
      </h2>
      <ul className="mt-3 space-y-1 text-base">
        {changes.map((change) => (
          <li key={`${change.date}-${change.summary}`}>
            <DateText date={change.date} lang={lang} />: {change.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
