import type { AnchorHTMLAttributes } from 'react';

/**
 * An internal link: a plain `<a>`, so following it loads the next page as a whole. The site's pages
 * are static and cached, and readers move through it by reading, so client-side navigation buys
 * little; `next/link` cost every page its router code on a phone's main thread (a 28 KB chunk, about
 * 275 ms in a mobile Lighthouse run of an article) and prefetched whole routes on load.
 */
export default function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
