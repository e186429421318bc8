import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Wraps a markdown table: a visible title that wraps on narrow screens, the same text as the
 * table's caption for screen readers, and a scroll region so only the table (not the page)
 * scrolls sideways. Header scopes come from the MDX rehype plugin.
 */
export function Table({
  caption,
  children,
  lang = 'en',
}: {
  caption?: string;
  children: ReactNode;
  lang?: Lang;
}) {
  const table = Children.toArray(children).find(isValidElement) as
    ReactElement<{ children?: ReactNode }> | undefined;
  if (!table) return null;
  if (!caption) {
    return (
      <div
        className="table-scroll"
        role="region"
        aria-label={getDictionary(lang).mdx.tableLabel}
        tabIndex={0}
      >
        {table}
      </div>
    );
  }
  const id = `table-${caption
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
  return (
    <figure className="table-figure my-6">
      <figcaption
        id={id}
        aria-hidden="true"
        className="mb-2 text-base font-bold text-slate-900 dark:text-slate-100"
      >
        {caption}
      </figcaption>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        {cloneElement(
          table,
          {},
          <caption key="caption" className="sr-only">
            {caption}
          </caption>,
          table.props.children,
        )}
      </div>
    </figure>
  );
}
