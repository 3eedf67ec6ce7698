import 'server-only';
import { cache } from 'react';
import { findSessionUser, type SessionUser } from '@/db/queries/users';
import { readSessionToken } from './session-token';

/**
 * The signed-in user, re-read from the database on every request so that a
 * role change, a deactivation or a revoked session takes effect at once. Null
 * when signed out. Guards (lib/auth/guards.ts) build on this; pages that only
 * adapt to who is signed in (the header, the home page) read it directly.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionToken();
  if (!claims) return null;
  const user = findSessionUser(claims.id);
  // A token issued before the last sign-out, deactivation or password change carries an older version: revoked.
  if (user?.sessionVersion !== claims.sessionVersion) return null;
  return user?.active ? user : null;
});
