'use client';

import { ErrorView } from '@/components/views/error-view';
import { es } from '@/lib/i18n/dictionaries/es';
import { esPaths } from '@/lib/urls';

export default function SpanishPageError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorView error={error} reset={reset} strings={es.error} home={esPaths.home} />;
}
