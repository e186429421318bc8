/** Where the FAQ filter reports words that matched nothing (app/api/search/unanswered). */
export const unansweredSearchApiPath = '/api/search/unanswered';
