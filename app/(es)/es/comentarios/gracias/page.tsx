import type { Metadata } from 'next';
import { ThanksView, type ThanksSearchParams } from '@/components/views/thanks-view';
import { getDictionary } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: getDictionary('es').feedback.thanksTitle,
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<ThanksSearchParams> };

export default async function SpanishFeedbackThanksPage({ searchParams }: Props) {
  return <ThanksView lang="es" params={await searchParams} />;
}
