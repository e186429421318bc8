import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-list';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { PageSection } from '@/components/layout/page-section';
import { getArticlesByPerson, type Person } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesFor } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { esPaths, paths, pathsFor } from '@/lib/urls';
import { StaticBlock } from '@/components/static/static-block';

export function personMetadata(person: Person, lang: Lang): Metadata {
  const twins = { en: paths.person(person.id), es: esPaths.person(person.id) };
  return {
    title: person.name,
    description: `${person.role}: ${person.bio}`.slice(0, 160),
    alternates: alternatesFor(twins[lang], twins),
  };
}

/** A person or team page. Names, roles and bios are written once, in English. */
export function PersonView({ person, lang }: { person: Person; lang: Lang }) {
  const t = getDictionary(lang);
  const articles = getArticlesByPerson(person.id, lang);
  const url = pathsFor(lang).person(person.id);
  const english = lang === 'en' ? undefined : 'en';
  return (
    <StaticBlock>
      <Breadcrumbs
        lang={lang}
        items={[
          { name: t.article.home, href: pathsFor(lang).home },
          { name: person.name, href: url },
        ]}
      />
      <h1 className="text-3xl font-bold">{person.name}</h1>
      {t.person.inEnglish ? <p className="mt-2 text-base">{t.person.inEnglish}</p> : null}
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.person.role}</dt>
        <dd lang={english}>{person.role}</dd>
        <dt className="font-semibold">{t.person.credentials}</dt>
        <dd lang={english}>{person.credentials}</dd>
      </dl>
      <p className="mt-4 max-w-3xl" lang={english}>
        {person.bio}
      </p>
      <PageSection
        id="their-pages"
        title={person.kind === 'clinician' ? t.person.pagesWrittenReviewed : t.person.pagesWritten}
        className="mt-8"
      >
        {articles.length ? <ArticleList articles={articles} /> : <p>{t.person.none}</p>}
      </PageSection>
    </StaticBlock>
  );
}
