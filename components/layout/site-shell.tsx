import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CrisisBar } from '@/components/helpline/crisis-bar';
import { ExitBar } from '@/components/exit-page/exit-bar';
import { exitThisPageScript } from '@/components/exit-page/exit-this-page-script';
import { HelplineBanner } from '@/components/helpline/helpline-banner';
import { HelplineTapCounter } from '@/components/helpline/helpline-tap-counter';
import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import { counterpartMap } from '@/lib/editions';
import { langTags, type Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { LanguageSwitcher } from './language-switcher';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SpeculationRules } from './speculation-rules';
import { SkipLink } from './skip-link';

/** The root metadata of the edition in `lang`. */
export function rootMetadata(lang: Lang): Metadata {
  const site = getSiteConfig();
  const description = lang === 'es' ? getDictionary('es').home.lead : site.description;
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description,
    applicationName: site.name,
    openGraph: { siteName: site.name, type: 'website', locale: langTags[lang].replace('-', '_') },
    twitter: { card: 'summary_large_image' },
    formatDetection: { telephone: false },
  };
}

export function rootViewport(): Viewport {
  return { themeColor: getSiteConfig().themeColor, width: 'device-width', initialScale: 1 };
}

/**
 * The document of every page of one edition: `<html lang>` in the server HTML, the skip link,
 * exit bar, crisis bar, header (with the language switcher), the page, the helpline and footer.
 * Each edition's root layout (app/(en)/layout.tsx, app/(es)/layout.tsx) renders it.
 */
export function SiteShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const other: Lang = lang === 'es' ? 'en' : 'es';
  const switcher = (
    <LanguageSwitcher
      counterparts={counterpartMap()}
      fallback={pathsFor(other).home}
      label={getDictionary(other).languageName}
      lang={other}
      hrefLang={langTags[other]}
      className="font-bold text-white underline underline-offset-4"
    />
  );
  return (
    <html lang={lang}>
      <body className="font-sans">
        {/* Before the content, so Exit this page works as soon as it is on screen. */}
        <script dangerouslySetInnerHTML={{ __html: exitThisPageScript }} />
        <SkipLink lang={lang} />
        <ExitBar lang={lang} />
        <CrisisBar lang={lang} />
        <SiteHeader lang={lang} switcher={switcher} />
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto max-w-5xl px-4 py-6 focus:outline-none"
        >
          {children}
        </main>
        <HelplineBanner lang={lang} />
        <SiteFooter lang={lang} />
        <HelplineTapCounter />
        <SpeculationRules />
      </body>
    </html>
  );
}
