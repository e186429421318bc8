import Link from '@/components/site-link';
import { HeaderHelpline } from '@/components/helpline/header-helpline';
import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { SearchForm } from './search-form';

/** Trust-page slugs of each edition, by role. */
export const trustSlugs = {
  en: {
    about: 'about',
    editorialPolicy: 'editorial-policy',
    privacy: 'privacy',
    browsingPrivately: 'browsing-privately',
    helpline: 'helpline',
  },
  es: {
    about: 'acerca-de',
    editorialPolicy: 'politica-editorial',
    privacy: 'privacidad',
    browsingPrivately: 'navegar-en-privado',
    helpline: 'linea-de-ayuda',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Site name, the helpline, navigation and the search box on every page. */
export function SiteHeader({ lang = 'en', switcher }: { lang?: Lang; switcher?: React.ReactNode }) {
  const site = getSiteConfig();
  const t = getDictionary(lang).header;
  const p = pathsFor(lang);
  const nav = [
    { href: p.home, label: t.nav.home },
    { href: p.faq, label: t.nav.questions },
    { href: p.page(trustSlugs[lang].helpline), label: t.nav.helpline },
    { href: p.page(trustSlugs[lang].about), label: t.nav.about },
  ];
  return (
    <header className="site-header bg-[#0b5394] text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={p.home} className="text-xl font-bold text-white no-underline hover:underline">
          {site.name}
        </Link>
        <HeaderHelpline lang={lang} />
        <nav aria-label={t.navLabel} className="w-full md:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link className="text-white underline-offset-4 hover:underline" href={item.href}>
                  {item.label}
                </Link>
              </li>
            ))}
            {switcher ? <li>{switcher}</li> : null}
          </ul>
        </nav>
        <SearchForm id="site-search" className="w-full md:w-auto" lang={lang} />
      </div>
    </header>
  );
}
