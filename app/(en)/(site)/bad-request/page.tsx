import type { Metadata } from 'next';
import { NotFoundView } from '@/components/views/not-found-view';
import { getDictionary } from '@/lib/i18n';

export const metadata: Metadata = {
  title: getDictionary('en').badRequest.title,
  robots: { index: false, follow: false },
};

/** What a malformed address gets, with status 400 (server.ts serves this page's build output). */
export default function BadRequestPage() {
  return <NotFoundView lang="en" reason="badRequest" />;
}
