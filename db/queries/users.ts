import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
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
}

const sessionColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  preferredLanguage: users.preferredLanguage,
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
