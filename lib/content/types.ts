import type { Lang } from '../i18n/lang';
import type { Heading } from './body';
import type { TextStats } from './editorial';
import type { ArticleFrontmatter, PageFrontmatter, PersonFrontmatter } from './schema';

export type { Heading } from './body';
export type { PersonKind, Topic } from './schema';

export interface Faq {
  /** Stable anchor, unique across the site: `/faq#<id>`. */
  id: string;
  question: string;
  answer: string;
  /** Spanish only: the id of the English FAQ this one translates (paired by position in `faqs`). */
  sourceId?: string;
}

/** What a Spanish file adds: the English file it translates and the English `updated` it was made from. */
export interface TranslationFields {
  /** The edition: English at the root, Spanish under `/es`. */
  lang: Lang;
  /** Spanish only: the English slug this file translates. */
  translationOf?: string;
  /** Spanish only: the English `updated` date the translation was made from. */
  sourceUpdated?: string;
}

export interface Article extends Omit<ArticleFrontmatter, 'faqs' | 'nextReview'>, TranslationFields {
  slug: string;
  url: string;
  /** Path of the source file, as editors see it in error messages. */
  file: string;
  body: string;
  headings: Heading[];
  faqs: Faq[];
  /** When the clinical review is due again; only for a reviewed article. */
  nextReview?: string;
  stats: TextStats;
}

export interface Person extends PersonFrontmatter {
  id: string;
  url: string;
  file: string;
}

export interface Page extends PageFrontmatter, TranslationFields {
  slug: string;
  url: string;
  file: string;
  body: string;
  headings: Heading[];
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface ContentTree {
  articles: Article[];
  people: Person[];
  pages: Page[];
  /** The Spanish edition (`content/es/articles`, `content/es/pages`); people are shared. */
  es: { articles: Article[]; pages: Page[] };
  /** Reviews overdue or due soon: listed, never fatal. */
  warnings: Problem[];
}
