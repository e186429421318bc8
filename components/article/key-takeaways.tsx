import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** The 1–5 points a reader should leave with, before the body. */
export function KeyTakeaways({ items, lang = 'en' }: { items: string[]; lang?: Lang }) {
  return (
    <section
      aria-labelledby="key-takeaways"
      className="my-6 rounded-md bg-sky-50 p-4 dark:bg-slate-900"
    >
      <h2 id="key-takeaways" className="text-xl font-bold">
        {getDictionary(lang).article.keyTakeaways}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
