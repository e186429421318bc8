import type { Lang } from '@/lib/i18n/lang';
import { getDictionary } from '@/lib/i18n';

/** "Sources: A; B; C." under a safety box: each link's label in the page's language. */
export function SourceList({
  sources,
  labels,
  lang = 'en',
}: {
  sources: ReadonlyArray<{ label: string; url: string }>;
  labels: readonly string[];
  lang?: Lang;
}) {
  return (
    <p className="text-sm">
      {getDictionary(lang).mdx.sources}{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 ? '; ' : null}
          <a href={source.url} rel="noopener noreferrer">
            {labels[index] ?? source.label}
          </a>
        </span>
      ))}
      .
    </p>
  );
}
