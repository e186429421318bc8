import Link from '@/components/site-link';
import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { trustSlugs } from './site-header';

/** Disclaimer and links to the trust pages. */
export function SiteFooter({ lang = 'en' }: { lang?: Lang }) {
  const site = getSiteConfig();
  const t = getDictionary(lang).footer;
  const p = pathsFor(lang);
  const slugs = trustSlugs[lang];
  const trustPages = (
    ['about', 'editorialPolicy', 'privacy', 'browsingPrivately', 'helpline'] as const
  ).map((key) => ({ slug: slugs[key], label: t.trustPages[key] }));
  return (
    <footer className="site-footer mt-12 bg-slate-100 px-4 py-8 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <div className="mx-auto max-w-5xl">
        <p className="font-semibold">
          {t.disclaimer}{' '}
          <a
            className="underline"
            href={`tel:${site.emergencyNumber}`}
            data-helpline-tap="emergency"
          >
            {site.emergencyNumber}
          </a>
          .
        </p>
        <nav aria-label={t.navLabel} className="mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {trustPages.map((page) => (
              <li key={page.slug}>
                <Link className="underline" href={p.page(page.slug)}>
                  {page.label}
                </Link>
              </li>
            ))}
            <li>
              <Link className="underline" href={p.faq}>
                {t.allQuestions}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="mt-4 text-sm">{t.noTrackers(site.name)}</p>
      </div>
    </footer>
  );
}
