import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { ArticleList } from '@/components/article/article-list';
import { PageSection } from '@/components/layout/page-section';
import { SearchForm } from '@/components/layout/search-form';
import { FindProgramForm } from '@/components/find-program/find-program-form';
import { JsonLd } from '@/components/json-ld';
import { getSiteConfig } from '@/lib/config';
import {
  getAllArticles,
  getArticle,
  getArticlesByTopic,
  getCounterpart,
  getFaqsByTopic,
  type Article,
} from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesForFixed } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { organizationJsonLd, webSiteJsonLd } from '@/lib/structured-data';
import { pathsFor } from '@/lib/urls';

export function homeMetadata(lang: Lang): Metadata {
  return { alternates: alternatesForFixed(lang, 'home') };
}

/** The configured "start here" articles, in the edition's language (Spanish: their translations). */
function startHere(lang: Lang): Article[] {
  const english = getSiteConfig().startHere.flatMap((slug) => getArticle(slug) ?? []);
  if (lang === 'en') return english;
  const spanish = getAllArticles('es');
  return english.flatMap((a) => {
    const twin = getCounterpart(a);
    return twin ? (spanish.find((s) => s.url === twin.url) ?? []) : [];
  });
}

/** The home page of either edition. */
export function HomeView({ lang }: { lang: Lang }) {
  const t = getDictionary(lang).home;
  const p = pathsFor(lang);
  const first = startHere(lang);
  const topQuestions = getFaqsByTopic(lang)
    .flatMap((group) => group.faqs.slice(0, 1))
    .slice(0, 6);

  return (
    <>
      <JsonLd data={[organizationJsonLd(), webSiteJsonLd(lang)]} />
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t.lead}</p>
      <SearchForm id="home-search" label={t.searchLabel} className="mt-6 max-w-xl" lang={lang} />

      {first.length > 0 ? (
        <PageSection id="start-here" title={t.startHere}>
          <ArticleList articles={first} />
        </PageSection>
      ) : null}

      <PageSection id="find-a-program" title={t.findProgram}>
        <div className="max-w-3xl">
          <FindProgramForm lang={lang} />
        </div>
      </PageSection>

      {topQuestions.length > 0 ? (
        <PageSection id="top-questions" title={t.topQuestions}>
          <ul className="list-disc space-y-2 pl-6">
            {topQuestions.map((faq) => (
              <li key={faq.id}>
                <Link className="underline" href={p.faqQuestion(faq.id)}>
                  {faq.question}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link className="font-semibold underline" href={p.faq}>
              {t.seeAll}
            </Link>
          </p>
        </PageSection>
      ) : null}

      <PageSection id="all-articles" title={t.allArticles}>
        {getArticlesByTopic(lang).map((group) => (
          <section key={group.topic} aria-labelledby={group.topic} className="mt-6">
            <h3 id={group.topic} className="mb-3 text-xl font-bold">
              {group.label}
            </h3>
            <ArticleList articles={group.articles} />
          </section>
        ))}
      </PageSection>
    </>
  );
}
