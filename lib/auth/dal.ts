import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { findSessionUser, type SessionUser } from '@/db/queries/users';
import { can, type Action } from '@/lib/domain/permissions';
import { AppError } from '@/lib/errors';
import { authOptions } from './options';

/**
 * The signed-in user, re-read from the database on every request so that a
 * role change, a deactivation or a revoked session takes effect at once. Null
 * when signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (typeof id !== 'number') return null;
  const user = findSessionUser(id);
  // A token issued before the last sign-out, deactivation or password change carries an older version: revoked.
  if (user?.sessionVersion !== session?.user.sessionVersion) return null;
  return user?.active ? user : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
  return user;
}

/** For pages and server actions: a user allowed to do `action`, or sign-in / 403. */
export async function requirePermission(action: Action, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, action)) forbidden();
  return user;
}

/** For route handlers: a user allowed to do `action`; throws AppError (401/403) otherwise. */
export async function authorizeApi(action: Action): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('unauthenticated:session', 'Sign in to continue.');
  if (!can(user.role, action)) throw new AppError('forbidden:role', 'Your role does not allow this.');
  return user;
}
