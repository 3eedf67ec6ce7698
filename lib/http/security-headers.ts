import { PERMISSIONS_POLICY } from '../security/csp';

/**
 * Headers every response carries, pages and static files alike (next.config.ts
 * sets them on what Next serves, lib/http/static-assets.ts on the precompressed
 * files it serves itself). The Content-Security-Policy is not here: it carries a
 * fresh nonce per page and is set in proxy.ts.
 */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];
