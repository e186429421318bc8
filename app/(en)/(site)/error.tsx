'use client';

import { ErrorView } from '@/components/views/error-view';
import { en } from '@/lib/i18n/dictionaries/en';
import { paths } from '@/lib/urls';

export default function PageError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorView error={error} reset={reset} strings={en.error} home={paths.home} />;
}
