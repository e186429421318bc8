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
      : input.kind === 'invalid'
        ? NextResponse.rewrite(request.nextUrl, { status: 400 })
        : NextResponse.next();
  for (const [key, value] of Object.entries(findResponseHeaders)) response.headers.set(key, value);
  return response;
}
