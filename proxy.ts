import { NextResponse, type NextRequest } from 'next/server';
import { adminDenied, checkAdminRequest } from '@/lib/feedback/auth';
import { findProgram } from '@/lib/find-program/proxy';
import { editionHeader } from '@/lib/i18n/edition-header';
import { esPaths, langOfPath, paths } from '@/lib/urls';

/**
 * /find and /es/encontrar: send a valid ZIP code on to the treatment locator (303), or set the
 * form page's status. Other paths under /es: mark the request Spanish, for the 404 page. The
 * editors' pages and summary: they need the admin token (HTTP Basic with the token as password,
 * or Bearer); wrong tokens are counted here, the one place every editors' request passes.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === paths.find || pathname === esPaths.find) return findProgram(request);
  if (langOfPath(pathname) === 'es') {
    // Tells app/global-not-found.tsx which edition a missing page belongs to (it gets no params).
    const headers = new Headers(request.headers);
    headers.set(editionHeader, 'es');
    return NextResponse.next({ request: { headers } });
  }
  const auth = checkAdminRequest(request.headers);
  if (auth !== 'ok') return adminDenied(auth);
  const response = NextResponse.next();
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = {
  matcher: ['/admin', '/admin/:path*', '/api/feedback/summary', '/find', '/es', '/es/:path*'],
};
