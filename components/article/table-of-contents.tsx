import type { Heading } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** Contents from the h2/h3 headings (plus the page's own end sections); h3s nest under their h2. */
export function TableOfContents({ entries, lang = 'en' }: { entries: Heading[]; lang?: Lang }) {
  const groups: Array<{ entry: Heading; children: Heading[] }> = [];
  for (const entry of entries) {
    const parent = groups.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else groups.push({ entry, children: [] });
  }
  return (
    <nav aria-labelledby="contents" className="no-print my-6">
      <h2 id="contents" className="text-xl font-bold">
        {getDictionary(lang).article.contents}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {groups.map(({ entry, children }) => (
          <li key={entry.id}>
            <a className="underline" href={`#${entry.id}`}>
              {entry.text}
            </a>
            {children.length > 0 ? (
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {children.map((child) => (
                  <li key={child.id}>
                    <a className="underline" href={`#${child.id}`}>
                      {child.text}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
