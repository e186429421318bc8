import type {
  BreadcrumbList,
  FAQPage,
  MedicalWebPage,
  Organization,
  WebSite,
  WithContext,
} from 'schema-dts';
import { getSiteConfig } from './config';
import { getPerson, reviewStatus, type Article, type Faq, type Person } from './content';
import { langTags, type Lang } from './i18n/lang';
import { absoluteUrl as absoluteUrlOn, paths, pathsFor } from './urls';

/** An absolute URL on this site (`SITE_URL`). */
const absoluteUrl = (path: string) => absoluteUrlOn(path, getSiteConfig().url);

function organization() {
  const site = getSiteConfig();
  return {
    '@type': 'Organization' as const,
    name: site.name,
    url: absoluteUrl(paths.home),
  };
}

/** A people entry: a clinician is a Person, a team an Organization. */
function personOrTeam(person: Person) {
  return {
    '@type': person.kind === 'clinician' ? ('Person' as const) : ('Organization' as const),
    name: person.name,
    url: absoluteUrl(person.url),
  };
}

/**
 * MedicalWebPage for an article: who wrote it, who reviewed it and when (only when a named
 * clinician did: otherwise neither `reviewedBy` nor `lastReviewed`), and its sources.
 */
export function articleJsonLd(article: Article): WithContext<MedicalWebPage> {
  const author = getPerson(article.author)!;
  const status = reviewStatus(article);
  const reviewer = status.state === 'reviewed' ? getPerson(status.reviewer) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    description: article.description,
    url: absoluteUrl(article.url),
    inLanguage: langTags[article.lang],
    datePublished: article.published,
    dateModified: article.updated,
    author: personOrTeam(author),
    ...(status.state === 'reviewed' && reviewer?.kind === 'clinician'
      ? {
          lastReviewed: status.reviewed,
          reviewedBy: {
            '@type': 'Person',
            name: reviewer.name,
            url: absoluteUrl(reviewer.url),
          },
        }
      : {}),
    publisher: organization(),
    citation: article.references.map((ref) => ({
      '@type': 'CreativeWork',
      name: ref.title,
      publisher: { '@type': 'Organization', name: ref.publisher },
      datePublished: String(ref.year),
      ...(ref.url ? { url: ref.url } : {}),
    })),
  };
}

/** One step of a page's breadcrumb trail (the page's Breadcrumbs and its JSON-LD). */
export interface Crumb {
  name: string;
  href: string;
}

/** BreadcrumbList matching the visible breadcrumbs (their names in the page's language). */
export function breadcrumbJsonLd(items: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  };
}

/** FAQPage for a list of questions, in the language of the page they are on. */
export function faqJsonLd(faqs: Faq[], url: string, lang: Lang = 'en'): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(url),
    inLanguage: langTags[lang],
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
}

/** Organization for the home page. */
export function organizationJsonLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...organization() };
}

/** WebSite (one edition) with a SearchAction pointing at its search page (/search?q=, /es/buscar?q=). */
export function webSiteJsonLd(lang: Lang = 'en'): WithContext<WebSite> {
  const site = getSiteConfig();
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl(pathsFor(lang).home),
    inLanguage: langTags[lang],
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(pathsFor(lang).search)}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    } as WebSite['potentialAction'] & object,
  };
}
