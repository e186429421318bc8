import Link from '@/components/site-link';
import { ArticleList } from '@/components/article/article-list';
import { PageSection } from '@/components/layout/page-section';
import { SearchForm } from '@/components/layout/search-form';
import { FindProgramForm } from '@/components/find-program/find-program-form';
import { getSiteConfig } from '@/lib/config';
import { getArticle, getArticlesByTopic, getFaqsByTopic } from '@/lib/content';
import { organizationJsonLd, webSiteJsonLd } from '@/lib/structured-data';
import { paths } from '@/lib/urls';
import { JsonLd } from '@/components/json-ld';

export default function HomePage() {
  const site = getSiteConfig();
  const startHere = site.startHere.flatMap((slug) => getArticle(slug) ?? []);
  const topQuestions = getFaqsByTopic()
    .flatMap((group) => group.faqs.slice(0, 1))
    .slice(0, 6);

  return (
    <>
      <JsonLd data={[organizationJsonLd(), webSiteJsonLd()]} />
      <h1 className="text-3xl font-bold sm:text-4xl">
        Intensive outpatient programs (IOP), explained
      </h1>
      <p className="mt-4 max-w-3xl text-xl">
        An intensive outpatient program (IOP) is treatment for a substance use disorder where you
        get at least 9 hours of care a week but still live at home. It sits between weekly
        counseling and a stay in a treatment center.
      </p>
      <SearchForm id="home-search" label="Search for an answer" className="mt-6 max-w-xl" />

      {startHere.length > 0 ? (
        <PageSection id="start-here" title="Start here">
          <ArticleList articles={startHere} />
        </PageSection>
      ) : null}

      <PageSection id="find-a-program" title="Find a program near you">
        <div className="max-w-3xl">
          <FindProgramForm />
        </div>
      </PageSection>

      {topQuestions.length > 0 ? (
        <PageSection id="top-questions" title="Top questions">
          <ul className="list-disc space-y-2 pl-6">
            {topQuestions.map((faq) => (
              <li key={faq.id}>
                <Link className="underline" href={paths.faqQuestion(faq.id)}>
                  {faq.question}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link className="font-semibold underline" href={paths.faq}>
              See all questions
            </Link>
          </p>
        </PageSection>
      ) : null}

      <PageSection id="all-articles" title="All articles by topic">
        {getArticlesByTopic().map((group) => (
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
