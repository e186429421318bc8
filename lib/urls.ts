/** Every path the site links to is built here, so a route rename is a one-line change. */
export const paths = {
  home: '/',
  faq: '/faq',
  search: '/search',
  article: (slug: string) => `/articles/${slug}`,
  person: (id: string) => `/people/${id}`,
  page: (slug: string) => `/${slug}`,
  faqQuestion: (id: string) => `/faq#${id}`,
  searchQuery: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  feedbackThanks: '/feedback/thanks',
} as const;

/** Routes that exist without a content file behind them. */
export const fixedRoutes = [paths.home, paths.faq, paths.search] as const;
