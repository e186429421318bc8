import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { FaqList } from '@/components/article/faq-list';
import { CrisisBox } from '@/components/search/crisis-box';
import { FaqFilter } from '@/components/search/faq-filter';
import { JsonLd } from '@/components/json-ld';
import { getFaqsByTopic } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesForFixed } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { pathsFor } from '@/lib/urls';

export function faqMetadata(lang: Lang): Metadata {
  const t = getDictionary(lang).faqPage;
  return {
    title: t.title,
    description: t.description,
    alternates: alternatesForFixed(lang, 'faq'),
  };
}

/** Every FAQ of the edition, grouped by topic, with the filter. */
export function FaqView({ lang }: { lang: Lang }) {
  const t = getDictionary(lang);
  const p = pathsFor(lang);
  const groups = getFaqsByTopic(lang);
  const crumbs = [
    { name: t.article.home, href: p.home },
    { name: t.article.commonQuestions, href: p.faq },
  ];
  return (
    <>
      {/* No FAQPage here: each question is marked up once, on the article it belongs to, as
          search engines ask for questions repeated across a site. */}
      <JsonLd data={[breadcrumbJsonLd(crumbs)]} />
      <Breadcrumbs items={crumbs} lang={lang} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.faqPage.title}</h1>
      <p className="mt-3 text-xl">{t.faqPage.lead}</p>
      <FaqFilter
        strings={t.faqFilter}
        lang={lang}
        searchPath={p.search}
        crisisBox={<CrisisBox lang={lang} kinds={['suicide']} id="faq-crisis" />}
        overdoseBox={<CrisisBox lang={lang} kinds={['suicide', 'overdose']} id="faq-crisis" />}
      />
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
              {t.faqPage.readMore}{' '}
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
