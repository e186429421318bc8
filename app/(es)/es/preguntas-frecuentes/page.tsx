import { FaqView, faqMetadata } from '@/components/views/faq-view';

export const metadata = faqMetadata('es');

export default function SpanishFaqPage() {
  return <FaqView lang="es" />;
}
