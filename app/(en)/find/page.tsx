import type { Metadata } from 'next';
import { ErrorSummary } from '@/components/find-program/error-summary';
import { FindProgramForm } from '@/components/find-program/find-program-form';
import { getSiteConfig } from '@/lib/config';
import { readZip, zipErrorMessage } from '@/lib/find-program/zip';
import { paths } from '@/lib/urls';

const title = 'Find a treatment program near you';

type Props = { searchParams: Promise<{ zip?: string | string[] }> };

// The proxy (lib/find-program/proxy.ts) answers a valid ZIP code with 303 before this page runs.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const error = zipErrorMessage(readZip((await searchParams).zip));
  return {
    title: error ? `Error: ${title}` : title,
    description: `Search ${getSiteConfig().locator.name} for intensive outpatient programs near a ZIP code.`,
    alternates: { canonical: paths.find },
  };
}

export default async function FindPage({ searchParams }: Props) {
  const { locator } = getSiteConfig();
  const input = readZip((await searchParams).zip);
  const error = zipErrorMessage(input);
  return (
    <>
      {error ? <ErrorSummary errors={[{ href: '#zip', message: error }]} /> : null}
      <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
      <p className="mt-4 max-w-3xl text-xl">
        Enter a ZIP code to see treatment programs near it on {locator.name}. It is a free,
        confidential search run by SAMHSA, a US government agency.
      </p>
      <div className="max-w-3xl">
        <FindProgramForm value={input.kind === 'invalid' ? input.value : undefined} error={error} />
      </div>
    </>
  );
}
