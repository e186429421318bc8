import { NextResponse, type NextRequest } from 'next/server';
import { getSiteConfig } from '@/lib/config';
import { findResponseHeaders } from './headers';
import { locatorUrlFor, readZip } from './zip';

/**
 * GET /find: a valid ZIP code answers 303 to the locator; an invalid one renders the form page
 * with 400; none renders it with 200. Nothing about the ZIP code is stored or logged.
 */
export function findProgram(request: NextRequest): NextResponse {
  const input = readZip(request.nextUrl.searchParams.get('zip'));
  const response =
    input.kind === 'valid'
      ? NextResponse.redirect(locatorUrlFor(input.zip, getSiteConfig().locator), 303)
      : // The page renders with this status (a rewrite to the same path would do no more).
        NextResponse.next({ status: input.kind === 'invalid' ? 400 : 200 });
  for (const [key, value] of Object.entries(findResponseHeaders)) response.headers.set(key, value);
  return response;
}
