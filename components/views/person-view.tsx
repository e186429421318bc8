import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-list';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { PageSection } from '@/components/layout/page-section';
import { getArticlesByPerson, personIn, type Person } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesFor } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { esPaths, paths, pathsFor } from '@/lib/urls';

export function personMetadata(person: Person, lang: Lang): Metadata {
  const twins = { en: paths.person(person.id), es: esPaths.person(person.id) };
  const shown = personIn(person, lang);
  return {
    title: shown.name,
    description: `${shown.role}: ${shown.bio}`.slice(0, 160),
    alternates: alternatesFor(twins[lang], twins),
  };
}

/** A person or team page, in the edition's language when the entry has it (else in English, saying so). */
export function PersonView({ person, lang }: { person: Person; lang: Lang }) {
  const t = getDictionary(lang);
  const articles = getArticlesByPerson(person.id, lang);
  const url = pathsFor(lang).person(person.id);
  const shown = personIn(person, lang);
  const english = shown.translated ? undefined : 'en';
  return (
    <>
      <Breadcrumbs
        lang={lang}
        items={[
          { name: t.article.home, href: pathsFor(lang).home },
          { name: shown.name, href: url },
        ]}
      />
      <h1 className="text-3xl font-bold">{shown.name}</h1>
      {english ? <p className="mt-2 text-base">{t.person.inEnglish}</p> : null}
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.person.role}</dt>
        <dd lang={english}>{shown.role}</dd>
        <dt className="font-semibold">{t.person.credentials}</dt>
        <dd lang={english}>{shown.credentials}</dd>
      </dl>
      <p className="mt-4 max-w-3xl" lang={english}>
        {shown.bio}
      </p>
      <PageSection
        id="their-pages"
        title={person.kind === 'clinician' ? t.person.pagesWrittenReviewed : t.person.pagesWritten}
        className="mt-8"
      >
        {articles.length ? <ArticleList articles={articles} /> : <p>{t.person.none}</p>}
      </PageSection>
    </>
  );
}
