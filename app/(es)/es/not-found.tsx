import { NotFoundView } from '@/components/views/not-found-view';

/**
 * notFound() inside a Spanish page. (Next 16 with two root layouts also needs this file for the
 * English edition's not-found boundary to render; a path under /es that is not a Spanish page is
 * rewritten to /es/no-encontrado by the proxy.)
 */
export default function SpanishNotFound() {
  return <NotFoundView lang="es" />;
}
