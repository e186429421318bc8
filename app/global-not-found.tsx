import type { Metadata } from 'next';
import { rootMetadata, SiteShell } from '@/components/layout/site-shell';
import { NotFoundView } from '@/components/views/not-found-view';
import './globals.css';

export const metadata: Metadata = { ...rootMetadata('en'), title: 'Page not found' };

/**
 * The 404 for a URL that no route of either edition matches (there are two root layouts, so
 * app/(en)/not-found.tsx cannot answer it). Paths under /es have their own Spanish 404.
 */
export default function GlobalNotFound() {
  return (
    <SiteShell lang="en">
      <NotFoundView lang="en" />
    </SiteShell>
  );
}
