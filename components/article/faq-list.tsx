import type { Faq } from '@/lib/content';

/** Questions as native disclosure widgets: readable, findable and usable with JavaScript off. */
export function FaqList({ faqs, headingLevel = 3 }: { faqs: Faq[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="faq-list space-y-2">
      {faqs.map((faq) => (
        <details
          key={faq.id}
          id={faq.id}
          className="faq rounded-md border border-slate-300 p-3 dark:border-slate-600"
        >
          <summary className="cursor-pointer font-semibold">
            <Heading className="inline text-lg">{faq.question}</Heading>
          </summary>
          <p className="mt-2">{faq.answer}</p>
        </details>
      ))}
    </div>
  );
}
