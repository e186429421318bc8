import Link from '@/components/site-link';
import { SearchForm } from '@/components/layout/search-form';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';

/**
 * The 404 page's content in either edition; with `reason="badRequest"`, the 400 page's (an address
 * that cannot be read), which offers the same ways on.
 */
export function NotFoundView({
  lang,
  reason = 'notFound',
}: {
  lang: Lang;
  reason?: 'notFound' | 'badRequest';
}) {
  const dictionary = getDictionary(lang);
  const t = dictionary.notFound;
  const { title, body } = dictionary[reason];
  const p = pathsFor(lang);
  return (
    <>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 max-w-3xl">{body}</p>
      <SearchForm
        id="not-found-search"
        label={t.searchLabel}
        className="mt-6 max-w-xl"
        lang={lang}
      />
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link className="underline" href={p.home}>
            {t.home}
          </Link>
        </li>
        <li>
          <Link className="underline" href={p.faq}>
            {t.faq}
          </Link>
        </li>
      </ul>
      <p className="mt-6">{t.help}</p>
    </>
  );
}
