import type { Metadata } from 'next';
import { NotFoundView } from '@/components/views/not-found-view';
import { getDictionary } from '@/lib/i18n';

export const metadata: Metadata = {
  title: getDictionary('es').badRequest.title,
  robots: { index: false, follow: false },
};

/** What a malformed address under /es gets, with status 400 (server.ts serves its build output). */
export default function SpanishBadRequestPage() {
  return <NotFoundView lang="es" reason="badRequest" />;
}
