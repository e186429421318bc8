/** Longest query the site accepts, in characters (shared by the server and the FAQ filter). */
export const maxQueryLength = 200;
