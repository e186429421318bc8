'use client';

import { usePathname } from 'next/navigation';

/**
 * The link to this page in the other edition (or that edition's home), labelled in its own
 * language. The path is known when the page is rendered, so the link is in the server HTML.
 */
export function LanguageSwitcher({
  counterparts,
  fallback,
  label,
  lang,
  hrefLang,
  className,
}: {
  /** Path → the same page in the other edition. */
  counterparts: Record<string, string>;
  /** The other edition's home, for a page with no twin. */
  fallback: string;
  /** The other language's name in that language: "English", "Español". */
  label: string;
  /** The other language (`lang` attribute) and its tag (`hreflang`). */
  lang: string;
  hrefLang: string;
  className?: string;
}) {
  const pathname = usePathname();
  const href = counterparts[pathname] ?? fallback;
  return (
    <a href={href} lang={lang} hrefLang={hrefLang} className={className} data-language-switcher="">
      {label}
    </a>
  );
}
