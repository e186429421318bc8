import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Wraps a markdown table: adds its caption and lets it scroll sideways on its own
 * (not the page) on narrow screens. Header scopes come from the MDX rehype plugin.
 */
export function Table({ caption, children }: { caption?: string; children: ReactNode }) {
  const table = Children.toArray(children).find(isValidElement) as
    ReactElement<{ children?: ReactNode }> | undefined;
  if (!table) return null;
  const captioned = caption
    ? cloneElement(table, {}, <caption key="caption">{caption}</caption>, table.props.children)
    : table;
  return (
    <div className="table-scroll" role="region" aria-label={caption ?? 'Table'} tabIndex={0}>
      {captioned}
    </div>
  );
}
