import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CrisisBar } from '@/components/helpline/crisis-bar';
import { ExitBar } from '@/components/exit-page/exit-bar';
import { HelplineBanner } from '@/components/helpline/helpline-banner';
import { HelplineTapCounter } from '@/components/helpline/helpline-tap-counter';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { getSiteConfig } from '@/lib/config';
import './globals.css';

const site = getSiteConfig();

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  openGraph: { siteName: site.name, type: 'website', locale: site.locale.replace('-', '_') },
  twitter: { card: 'summary_large_image' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: site.themeColor,
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale.split('-')[0]}>
      <body className="font-sans">
        <SkipLink />
        <ExitBar />
        <CrisisBar />
        <SiteHeader />
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto max-w-5xl px-4 py-6 focus:outline-none"
        >
          {children}
        </main>
        <HelplineBanner />
        <SiteFooter />
        <HelplineTapCounter />
      </body>
    </html>
  );
}
