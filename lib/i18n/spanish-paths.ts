import { getSitePaths } from '@/lib/content';
import { esPaths } from '@/lib/urls';

/** Where the proxy sends a path under /es that is not a Spanish page (answered with 404). */
export const esNotFoundPath = '/es/no-encontrado';

let known: Set<string> | undefined;

/** Every Spanish page path (read once per process). */
export function isSpanishPage(pathname: string): boolean {
  known ??= new Set([
    ...getSitePaths().filter((p) => p === esPaths.home || p.startsWith(`${esPaths.home}/`)),
    esPaths.search,
    esPaths.feedbackThanks,
    esPaths.find,
  ]);
  return known.has(pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);
}

/** True for `/es` and every path under it. */
export function isSpanishPath(pathname: string): boolean {
  return pathname === esPaths.home || pathname.startsWith(`${esPaths.home}/`);
}
