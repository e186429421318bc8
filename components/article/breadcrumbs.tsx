import Link from '@/components/site-link';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import type { Crumb } from '@/lib/structured-data';

/** Where this page sits: Home › section › this page (the last crumb is the current page). */
export function Breadcrumbs({ items, lang = 'en' }: { items: Crumb[]; lang?: Lang }) {
  return (
    <nav aria-label={getDictionary(lang).article.breadcrumb} className="no-print mb-4 text-base">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex gap-x-2">
              {last ? (
                <span aria-current="page">{item.name}</span>
              ) : (
                <>
                  <Link className="underline" href={item.href}>
                    {item.name}
                  </Link>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
