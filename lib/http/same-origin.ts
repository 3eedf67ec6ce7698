import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/*
 * Cookies ride along with a form another site auto-posts, so a route handler
 * that changes something must know the request came from our own pages.
 * Browsers say so in Sec-Fetch-Site and Origin; clients that send neither
 * (curl, tests) cannot carry a victim's cookies and pass.
 */

/** What a browser tells us about where a request came from. */
export interface OriginHeaders {
  origin: string | null;
  secFetchSite: string | null;
}

/**
 * Whether a request with these headers comes from one of `ownHosts` (host
 * with port, as in the Host header). Pure, so it is tested without Next.
 */
export function isSameOrigin(headers: OriginHeaders, ownHosts: readonly string[]): boolean {
  const site = headers.secFetchSite?.toLowerCase() ?? null;
  // 'none' is the user typing the address or following a bookmark.
  if (site === 'same-origin' || site === 'none') return true;
  if (headers.origin !== null) {
    if (headers.origin === 'null') return false;
    try {
      return ownHosts.includes(new URL(headers.origin).host.toLowerCase());
    } catch {
      return false;
    }
  }
  return site !== 'cross-site' && site !== 'same-site';
}

/** The hosts this app answers as: NEXTAUTH_URL's, the Host header's, and X-Forwarded-Host behind a trusted proxy. */
export function ownHosts(request: Request): string[] {
  const config = env();
  const hosts: string[] = [];
  if (config.NEXTAUTH_URL) hosts.push(new URL(config.NEXTAUTH_URL).host);
  const host = request.headers.get('host');
  if (host) hosts.push(host);
  const forwarded = config.TRUST_PROXY === '1' ? request.headers.get('x-forwarded-host') : null;
  if (forwarded) hosts.push(...forwarded.split(',').map((value) => value.trim()));
  return hosts.map((value) => value.toLowerCase());
}

/**
 * For every mutating route handler, after the session check and before the
 * body is read: 403 for a request another origin's page sent.
 */
export function requireSameOrigin(request: Request): void {
  const headers = { origin: request.headers.get('origin'), secFetchSite: request.headers.get('sec-fetch-site') };
  if (!isSameOrigin(headers, ownHosts(request))) {
    throw new AppError('forbidden:origin', 'This change must be made from the CIO Academy pages themselves.');
  }
}
