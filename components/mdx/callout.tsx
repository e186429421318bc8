import type { ReactNode } from 'react';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

const styles = {
  info: 'border-sky-700 bg-sky-50 dark:bg-sky-950',
  warning: 'border-amber-600 bg-amber-50 dark:bg-amber-950',
  emergency: 'border-red-700 bg-red-50 dark:bg-red-950',
} as const;

/** A boxed note in an article: `<Callout type="emergency" title="...">`. */
export function Callout({
  type = 'info',
  title,
  children,
  lang = 'en',
  id,
}: {
  type?: string;
  title?: string;
  children: ReactNode;
  lang?: Lang;
  /** A fragment target, for safety boxes other boxes link to. */
  id?: string;
}) {
  const t = getDictionary(lang).mdx;
  const kind = type in styles ? (type as keyof typeof styles) : 'info';
  return (
    <aside
      id={id}
      className={`not-prose my-6 rounded-md border-l-8 p-4 text-base leading-relaxed [&_a]:font-semibold [&_a]:underline [&_p+p]:mt-3 ${styles[kind]}`}
      aria-label={title ?? (kind === 'emergency' ? t.emergencyLabel : t.noteLabel)}
    >
      {title ? <p className="mb-2 text-lg font-bold">{title}</p> : null}
      {children}
    </aside>
  );
}
