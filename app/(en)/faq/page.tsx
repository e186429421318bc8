import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { FaqList } from '@/components/article/faq-list';
import { FaqFilter } from '@/components/search/faq-filter';
import { JsonLd } from '@/components/json-ld';
import { breadcrumbJsonLd, faqJsonLd } from '@/lib/structured-data';
import { getFaqsByTopic } from '@/lib/content';
import { paths } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Common questions about IOP',
  description:
    'Every question we answer about intensive outpatient programs, grouped by topic: cost, time, work, insurance, family and more.',
  alternates: { canonical: paths.faq },
};

export default function FaqPage() {
  const groups = getFaqsByTopic();
  const crumbs = [
    { name: 'Home', href: paths.home },
    { name: 'Common questions', href: paths.faq },
  ];
  return (
    <>
      <JsonLd
        data={[
          faqJsonLd(
            groups.flatMap((g) => g.faqs),
            paths.faq,
          ),
          breadcrumbJsonLd(crumbs),
        ]}
      />
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl font-bold sm:text-4xl">Common questions about IOP</h1>
      <p className="mt-3 text-xl">Short answers, each linked to the article that explains more.</p>
      <FaqFilter />
      <div id="faq-groups">
        {groups.map((group) => (
          <section
            key={group.topic}
            aria-labelledby={`topic-${group.topic}`}
            className="faq-group mt-8"
          >
            <h2 id={`topic-${group.topic}`} className="mb-3 text-2xl font-bold">
              {group.label}
            </h2>
            <FaqList faqs={group.faqs} />
            <p className="mt-3 text-base">
              Read more:{' '}
              {[...new Map(group.faqs.map((f) => [f.article.url, f.article])).values()].map(
                (article, i) => (
                  <span key={article.url}>
                    {i > 0 ? ', ' : ''}
                    <Link className="underline" href={article.url}>
                      {article.title}
                    </Link>
                  </span>
                ),
              )}
            </p>
          </section>
        ))}
      </div>
    </>
  );
}
