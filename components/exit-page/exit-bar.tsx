import Link from '@/components/site-link';
import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { ExitThisPageButton } from './exit-this-page-button';

/**
 * The strip that stays at the top of the screen on every page: "Exit this page" and, beside it,
 * how to browse privately. The button makes no request to the neutral site until it is used.
 */
export function ExitBar({ lang = 'en' }: { lang?: Lang }) {
  const { exitPage } = getSiteConfig();
  const t = getDictionary(lang);
  return (
    <div
      role="region"
      aria-label={t.layout.exitRegion}
      className="exit-bar sticky top-0 z-10 border-b border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-950"
    >
      <div className="mx-auto flex max-w-5xl items-center justify-end gap-x-3 px-3 py-1.5 sm:gap-x-4 sm:px-4">
        <Link
          className="text-right text-sm leading-tight underline sm:text-base"
          href={pathsFor(lang).browsingPrivately}
        >
          {t.layout.browsingPrivately}
        </Link>
        <ExitThisPageButton url={exitPage.url} messages={t.exitButton} />
      </div>
    </div>
  );
}
