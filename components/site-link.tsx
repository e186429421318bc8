import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` that never prefetches. By default every link in the viewport fetches its whole route
 * while the page is still starting (12 requests, ~55 KB on a person page), and a phone parses them
 * on the main thread. Readers move through this site by reading, and every page is static and cached,
 * so a click fetching one page costs little; prefetching on load costs every reader on every page.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink {...props} prefetch={false} />;
}
