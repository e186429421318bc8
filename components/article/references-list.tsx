import type { Article } from '@/lib/content';

/** Numbered sources; citation marks in the text link to `#ref-<id>`. */
export function ReferencesList({ references }: { references: Article['references'] }) {
  return (
    <section aria-labelledby="references" className="my-8">
      <h2 id="references" className="text-2xl font-bold">
        References
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
