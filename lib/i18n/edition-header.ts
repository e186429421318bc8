/**
 * The request header proxy.ts sets on every path under /es, so app/global-not-found.tsx (which
 * gets no params) answers a missing Spanish page in Spanish. Under /es the proxy replaces any client
 * copy; elsewhere only the 404 page reads it, so a client that sends it gets its 404 in Spanish.
 */
export const editionHeader = 'x-iop-edition';
