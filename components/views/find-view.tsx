import type { Metadata } from 'next';
import { ErrorSummary } from '@/components/find-program/error-summary';
import { FindProgramForm } from '@/components/find-program/find-program-form';
import { getSiteConfig } from '@/lib/config';
import { readZip, zipErrorMessage } from '@/lib/find-program/zip';
import { getDictionary } from '@/lib/i18n';
import { alternatesForFixed } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';

// The proxy (lib/find-program/proxy.ts) answers a valid ZIP code with 303 before this page runs.
export function findMetadata(lang: Lang, zip: string | string[] | undefined): Metadata {
  const t = getDictionary(lang).find;
  const error = zipErrorMessage(readZip(zip), t);
  return {
    title: error ? `${t.errorPrefix} ${t.title}` : t.title,
    description: t.description(getSiteConfig().locator.name),
    alternates: alternatesForFixed(lang, 'find'),
  };
}

/** The ZIP code form page of either edition (/find, /es/encontrar). */
export function FindView({ lang, zip }: { lang: Lang; zip: string | string[] | undefined }) {
  const { locator } = getSiteConfig();
  const t = getDictionary(lang).find;
  const input = readZip(zip);
  const error = zipErrorMessage(input, t);
  return (
    <>
      {error ? (
        <ErrorSummary errors={[{ href: '#zip', message: error }]} title={t.errorSummary} />
      ) : null}
      <h1 className="text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mt-4 max-w-3xl text-xl">{t.lead(locator.name)}</p>
      <div className="max-w-3xl">
        <FindProgramForm
          value={input.kind === 'invalid' ? input.value : undefined}
          error={error}
          lang={lang}
        />
      </div>
    </>
  );
}
