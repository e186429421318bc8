import type { ReactNode } from 'react';
import { keepStaticBlock } from '@/lib/static-blocks';
import { StaticHtml } from './static-html';

/**
 * Content that never changes in the browser (an article's text, its sources, the site's header and
 * footer), sent once as HTML instead of twice (as HTML and again as flight data that React parses
 * and walks on a phone's main thread). The children are rendered to HTML by the server's HTML
 * render; in the browser the block is one element whose inner HTML React never touches. Only
 * server components and plain elements may go inside: a client component in here would never
 * hydrate. Links, tables, citations and forms are plain HTML and work with or without JavaScript.
 */
export function StaticBlock({ children }: { children: ReactNode }) {
  return <StaticHtml blockKey={keepStaticBlock(children)} />;
}
