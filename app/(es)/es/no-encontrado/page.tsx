import type { Metadata } from 'next';
import { NotFoundView } from '@/components/views/not-found-view';
import { getDictionary } from '@/lib/i18n';

export const metadata: Metadata = {
  title: getDictionary('es').notFound.title,
  robots: { index: false, follow: false },
};

/**
 * The Spanish 404. Next renders one not-found boundary per app, and it is the English edition's
 * (app/(en)/not-found.tsx), so the proxy rewrites any path under /es that is not a Spanish page
 * here, with status 404 (proxy.ts, lib/i18n/spanish-paths.ts).
 */
export default function SpanishNotFoundPage() {
  return <NotFoundView lang="es" />;
}
