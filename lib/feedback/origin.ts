/**
 * Same-origin check for posts. Sec-Fetch-Site (sent by browsers) is trusted when present;
 * otherwise an Origin header must name this host; a request with neither comes from a
 * non-browser client (curl, a test) and is allowed.
 */
export function isSameOrigin(headers: Headers, siteUrl?: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite === 'same-origin' || fetchSite === 'none') return true;
  const origin = headers.get('origin');
  if (origin === null) return fetchSite === null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" or garbage
  }
  const ownHosts = [headers.get('host'), headers.get('x-forwarded-host')?.split(',')[0]?.trim()];
  if (siteUrl) {
    try {
      ownHosts.push(new URL(siteUrl).host);
    } catch {
      // an invalid SITE_URL is the config module's problem, not this request's
    }
  }
  return ownHosts.some((host) => host && host.toLowerCase() === originHost.toLowerCase());
}
