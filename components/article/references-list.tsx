import type { Article } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** Numbered sources; citation marks in the text link to `#ref-<id>`. */
export function ReferencesList({
  references,
  lang = 'en',
}: {
  references: Article['references'];
  lang?: Lang;
}) {
  return (
    <section aria-labelledby="references" className="my-8">
      <h2 id="references" className="text-2xl font-bold">
        {getDictionary(lang).article.references}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-base">
        {references.map((ref) => (
          <li
            key={ref.id}
            id={`ref-${ref.id}`}
            className="scroll-mt-4 target:bg-yellow-100 dark:target:bg-yellow-900"
          >
            {ref.url ? (
              <a href={ref.url} rel="noopener noreferrer" className="underline">
                {ref.title}
              </a>
            ) : (
              <cite className="not-italic">{ref.title}</cite>
            )}
            . {ref.publisher}, {ref.year}.
          </li>
        ))}
      </ol>
    </section>
  );
}
