import { notFound } from 'next/navigation';

/** Any other path under /es (the proxy normally rewrites these to /es/no-encontrado first). */
export default function SpanishMissingPage() {
  notFound();
}
