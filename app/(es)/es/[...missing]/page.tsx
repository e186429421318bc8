import { notFound } from 'next/navigation';

/** Any other path under /es: the Spanish 404 (inside the Spanish layout, `lang="es"`). */
export default function SpanishMissingPage() {
  notFound();
}
