import Link from '@/components/site-link';
import type { Article } from '@/lib/content';

/** Article titles with their one-line descriptions. */
export function ArticleList({ articles }: { articles: Article[] }) {
  return (
    <ul className="space-y-4">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link className="text-lg font-semibold underline" href={article.url}>
            {article.title}
          </Link>
          <p className="text-base">{article.description}</p>
        </li>
      ))}
    </ul>
  );
}
