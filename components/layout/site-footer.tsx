import Link from '@/components/site-link';
import { getSiteConfig } from '@/lib/config';
import { paths } from '@/lib/urls';

const trustPages = [
  { slug: 'about', label: 'About this site' },
  { slug: 'editorial-policy', label: 'How we write and review' },
  { slug: 'privacy', label: 'Privacy' },
  { slug: 'browsing-privately', label: 'Browsing privately' },
  { slug: 'helpline', label: 'Who answers the helpline' },
];

/** Disclaimer and links to the trust pages. */
export function SiteFooter() {
  const site = getSiteConfig();
  return (
    <footer className="site-footer mt-12 bg-slate-100 px-4 py-8 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <div className="mx-auto max-w-5xl">
        <p className="font-semibold">
          This site gives general information, not medical advice. In an emergency, call{' '}
          <a
            className="underline"
            href={`tel:${site.emergencyNumber}`}
            data-helpline-tap="emergency"
          >
            {site.emergencyNumber}
          </a>
          .
        </p>
        <nav aria-label="About this site" className="mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {trustPages.map((page) => (
              <li key={page.slug}>
                <Link className="underline" href={paths.page(page.slug)}>
                  {page.label}
                </Link>
              </li>
            ))}
            <li>
              <Link className="underline" href={paths.faq}>
                All questions
              </Link>
            </li>
          </ul>
        </nav>
        <p className="mt-4 text-sm">
          {site.name} has no advertisers and no trackers, and sets no cookies.
        </p>
      </div>
    </footer>
  );
}
