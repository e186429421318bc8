import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PersonView, personMetadata } from '@/components/views/person-view';
import { getAllPeople, getPerson } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPeople().map((person) => ({ id: person.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getPerson((await params).id);
  return person ? personMetadata(person, 'es') : {};
}

export default async function SpanishPersonPage({ params }: Props) {
  const person = getPerson((await params).id);
  if (!person) notFound();
  return <PersonView person={person} lang="es" />;
}
