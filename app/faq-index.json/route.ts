import { faqIndexJson } from '@/lib/search/faq-index';

export const dynamic = 'force-static';

/** The FAQ filter's index, prerendered at build and fetched only when a reader types. */
export function GET() {
  return new Response(faqIndexJson(), { headers: { 'Content-Type': 'application/json' } });
}
