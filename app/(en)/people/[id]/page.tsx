import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { PageSection } from '@/components/layout/page-section';
import { getAllPeople, getArticlesByPerson, getPerson } from '@/lib/content';
import { paths } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPeople().map((person) => ({ id: person.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getPerson((await params).id);
  if (!person) return {};
  return {
    title: person.name,
    description: `${person.role}: ${person.bio}`.slice(0, 160),
    alternates: { canonical: person.url },
  };
}

export default async function PersonPage({ params }: Props) {
  const person = getPerson((await params).id);
  if (!person) notFound();
  const articles = getArticlesByPerson(person.id);
  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', href: paths.home },
          { name: person.name, href: person.url },
        ]}
      />
      <h1 className="text-3xl font-bold">{person.name}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Role</dt>
        <dd>{person.role}</dd>
        <dt className="font-semibold">Credentials</dt>
        <dd>{person.credentials}</dd>
      </dl>
      <p className="mt-4 max-w-3xl">{person.bio}</p>
      <PageSection
        id="their-pages"
        title={person.kind === 'clinician' ? 'Pages written or reviewed' : 'Pages written'}
        className="mt-8"
      >
        {articles.length ? <ArticleList articles={articles} /> : <p>None yet.</p>}
      </PageSection>
    </>
  );
}
