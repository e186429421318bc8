'use client';

import { useState } from 'react';
import { staticBlock } from '@/lib/static-blocks';

/**
 * The leaf of StaticBlock. On the server it renders the block's elements, kept under `blockKey` by
 * the server-component render of the same request. In the browser it takes the HTML the server
 * sent, as it is in the page, so hydration and any later render leave it unchanged.
 */
export function StaticHtml({ blockKey }: { blockKey: string }) {
  const [html] = useState(() =>
    typeof document === 'undefined'
      ? undefined
      : (document.querySelector(`[data-static-block="${blockKey}"]`)?.innerHTML ?? ''),
  );
  if (html === undefined) {
    const children = staticBlock(blockKey);
    if (children === undefined) throw new Error(`static block ${blockKey} was not kept`);
    return <div data-static-block={blockKey}>{children}</div>;
  }
  return (
    <div
      data-static-block={blockKey}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}
