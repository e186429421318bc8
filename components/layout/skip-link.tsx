import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** The first thing a keyboard reaches: jumps past the crisis bar and header to the content. */
export function SkipLink({ lang = 'en' }: { lang?: Lang }) {
  return (
    <a
      href="#main-content"
      className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-20 focus:bg-yellow-300 focus:p-3 focus:font-bold focus:text-black"
    >
      {getDictionary(lang).layout.skipLink}
    </a>
  );
}
