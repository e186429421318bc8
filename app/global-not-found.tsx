import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { rootMetadata, SiteShell } from '@/components/layout/site-shell';
import { NotFoundView } from '@/components/views/not-found-view';
import { getDictionary } from '@/lib/i18n';
import { editionHeader } from '@/lib/i18n/edition-header';
import type { Lang } from '@/lib/i18n/lang';
import './globals.css';

/** The edition of the missing page: Spanish under /es (proxy.ts marks those requests). */
async function edition(): Promise<Lang> {
  return (await headers()).get(editionHeader) === 'es' ? 'es' : 'en';
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await edition();
  return {
    ...rootMetadata(lang),
    title: getDictionary(lang).notFound.title,
    robots: { index: false },
  };
}

/**
 * Every 404: a path that matches no route, or a page that calls notFound(). With two root layouts
 * (app/(en), app/(es)), Next renders in-layout not-found boundaries as an error shell, so this one
 * page draws the whole document, in the edition the path belongs to.
 */
export default async function GlobalNotFound() {
  const lang = await edition();
  return (
    <SiteShell lang={lang}>
      <NotFoundView lang={lang} />
    </SiteShell>
  );
}
