import { notFound } from 'next/navigation';

/** Any other path outside /es: the English 404, inside the English layout. */
export default function MissingPage() {
  notFound();
}
