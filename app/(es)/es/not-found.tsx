import { NotFoundView } from '@/components/views/not-found-view';

export default function SpanishNotFound() {
  return <NotFoundView lang="es" />;
}
