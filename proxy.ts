import { NextResponse, type NextRequest } from 'next/server';
import { adminDenied, checkAdminRequest } from '@/lib/feedback/auth';

/** The editors' pages need the admin token (HTTP Basic with the token as password, or Bearer). */
export function proxy(request: NextRequest) {
  const auth = checkAdminRequest(request.headers);
  if (auth !== 'ok') return adminDenied(auth);
  const response = NextResponse.next();
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
