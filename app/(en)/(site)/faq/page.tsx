import { FaqView, faqMetadata } from '@/components/views/faq-view';

export const metadata = faqMetadata('en');

export default function FaqPage() {
  return <FaqView lang="en" />;
}
