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
    return decodeOnce(token, Date.now());
  }
  return null;
}

interface Decoded {
  claims: SessionClaims | null;
  /** When the token stops being accepted (ms), as next-auth's `decode` judges it. */
  expiresAt: number;
}

// Same leeway as next-auth's decode gives `exp`.
const CLOCK_TOLERANCE_MS = 15_000;
const MAX_REMEMBERED = 10_000;
const decoded = new Map<string, Decoded>();

/**
 * Decrypting a token costs a key derivation (HKDF) and an AES-GCM decryption on
 * every request; a token is immutable and authenticated, so what it said is
 * remembered until it expires (at most MAX_REMEMBERED tokens, oldest first
 * out). Revocation does not depend on this: the guards compare the session
 * version with the user record on every request. A token that fails to decrypt
 * is not remembered (it costs the caller the same each time, as before).
 */
async function decodeOnce(token: string, now: number): Promise<SessionClaims | null> {
  const known = decoded.get(token);
  if (known && now < known.expiresAt) return known.claims;
  if (known) decoded.delete(token);
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  if (!payload) return null;
  const claims = typeof payload.uid === 'number' ? { id: payload.uid, sessionVersion: payload.sv } : null;
  const exp = typeof payload.exp === 'number' ? payload.exp * 1000 + CLOCK_TOLERANCE_MS : now;
  if (decoded.size >= MAX_REMEMBERED) decoded.delete(decoded.keys().next().value as string);
  decoded.set(token, { claims, expiresAt: exp });
  return claims;
}
