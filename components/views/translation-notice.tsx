import { translationStatus, type Article, type Page } from '@/lib/content';
import { formatDate, getDictionary } from '@/lib/i18n';
import { langTags } from '@/lib/i18n/lang';

/**
 * On a Spanish page whose English source changed after it was translated: a dated notice saying
 * so, linking to the English page. Nothing on an up-to-date translation or an English page.
 */
export function TranslationNotice({ item }: { item: Article | Page }) {
  const status = translationStatus(item);
  if (!status?.stale) return null;
  const t = getDictionary(item.lang).article;
  return (
    <p
      className="translation-notice my-4 rounded-md border-l-8 border-amber-600 bg-amber-50 p-3 text-base dark:bg-amber-950"
      data-translation-status="stale"
    >
      {t.outdated(formatDate(status.sourceCurrentUpdated, item.lang))}{' '}
      <a
        className="font-semibold underline"
        href={status.source.url}
        lang="en"
        hrefLang={langTags.en}
      >
        {t.outdatedLink}
      </a>
      .
    </p>
  );
}
