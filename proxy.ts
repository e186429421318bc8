import { NextResponse, type NextRequest } from 'next/server';
import { adminDenied, checkAdminRequest } from '@/lib/feedback/auth';
import { findProgram } from '@/lib/find-program/proxy';
import { esNotFoundPath, isSpanishPage, isSpanishPath } from '@/lib/i18n/spanish-paths';
import { esPaths, paths } from '@/lib/urls';

/**
 * /find and /es/encontrar: send a valid ZIP code on to the treatment locator (303), or set the form page's status.
 * Under /es, a path that is not a Spanish page: the Spanish 404 (Next has one not-found boundary,
 * the English edition's). The editors' pages: they need the admin token (HTTP Basic with the token as password, or Bearer).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === paths.find || pathname === esPaths.find) return findProgram(request);
  if (isSpanishPath(pathname)) {
    if (isSpanishPage(pathname)) return NextResponse.next();
    // Same origin as Next sees it (nextUrl), so the rewrite stays internal behind server.ts.
    const notFound = request.nextUrl.clone();
    notFound.pathname = esNotFoundPath;
    notFound.search = '';
    return NextResponse.rewrite(notFound, { status: 404 });
  }
  const auth = checkAdminRequest(request.headers);
  if (auth !== 'ok') return adminDenied(auth);
  const response = NextResponse.next();
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = { matcher: ['/admin', '/admin/:path*', '/find', '/es', '/es/:path*'] };
