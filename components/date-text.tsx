import { formatDate } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** An ISO date shown for people in the edition's language, machine-readable in `datetime`. */
export function DateText({ date, lang = 'en' }: { date: string; lang?: Lang }) {
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}
