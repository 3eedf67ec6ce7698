import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { authSecret } from '@/lib/env';

// next-auth's session cookie: with the Secure prefix when the app is served over https.
const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** What the session token says about its holder; the user record is the truth for everything else. */
export interface SessionClaims {
  id: number;
  sessionVersion: number | undefined;
}

/** The cookie's value, joined from its numbered chunks (`name.0`, `name.1`…) as next-auth splits large tokens. */
function cookieValue(all: { name: string; value: string }[], name: string): string | null {
  const whole = all.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = all.filter((cookie) => cookie.name.startsWith(`${name}.`)).sort((a, b) => Number(a.name.split('.').pop()) - Number(b.name.split('.').pop()));
  return chunks.length > 0 ? chunks.map((chunk) => chunk.value).join('') : null;
}

/**
 * Decrypts the session cookie with next-auth's own `decode` (same secret,
 * same checks, expiry included). `getServerSession` would do the same and
 * more for nothing on every request: run the whole auth handler, then encrypt
 * a refreshed token that a server component cannot even set. Null when there
 * is no token or it does not decrypt (expired, tampered, older secret): the
 * visitor is signed out, as next-auth would treat them.
 */
export async function readSessionToken(): Promise<SessionClaims | null> {
  const all = (await cookies()).getAll();
  for (const name of SESSION_COOKIES) {
    const token = cookieValue(all, name);
    if (token === null) continue;
    const claims = await decode({ token, secret: authSecret() }).catch(() => null);
    return claims && typeof claims.uid === 'number' ? { id: claims.uid, sessionVersion: claims.sv } : null;
  }
  return null;
}
