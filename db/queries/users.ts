import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/permissions';
import { getDb } from '../index';
import { users } from '../schema';

/** What the app knows about the signed-in user: never the password hash. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  preferredLanguage: string;
  /** Must equal the version carried in the session token, or the token has been revoked. */
  sessionVersion: number;
}

const sessionColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  preferredLanguage: users.preferredLanguage,
  sessionVersion: users.sessionVersion,
};

export function findSessionUser(id: number): SessionUser | null {
  return getDb().select(sessionColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

/** The one query that reads a password hash: used by sign-in only. */
export function findCredentials(email: string) {
  return (
    getDb()
      .select({ ...sessionColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email))
      .get() ?? null
  );
}

export interface UserListRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  country: string;
  ministry: string;
  createdAt: Date;
}

export function listUsers(): UserListRow[] {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      country: users.country,
      ministry: users.ministry,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name))
    .all();
}

export function emailExists(email: string): boolean {
  return Boolean(
    getDb()
      .select({ one: sql`1` })
      .from(users)
      .where(eq(users.email, email))
      .get(),
  );
}

/**
 * Revokes every session token of the user by moving their session version
 * on. With `ifCurrent`, only when the version is still that one, so replaying
 * the sign-out of an already-revoked token changes nothing.
 */
export function bumpSessionVersion(id: number, ifCurrent?: number): void {
  const match = ifCurrent === undefined ? eq(users.id, id) : and(eq(users.id, id), eq(users.sessionVersion, ifCurrent));
  getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(match)
    .run();
}
