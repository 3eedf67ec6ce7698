import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { changePassword } from '@/db/queries/profile';
import { completeSetPassword } from '@/db/queries/set-password';
import { setUserActive } from '@/db/queries/user-admin';
import { bumpSessionVersion } from '@/db/queries/users';
import { auditLog, users } from '@/db/schema';

// The session token as next-auth's decode reads it; everything else is real (database included).
const session = vi.hoisted(() => ({ current: null as null | { id: number; sessionVersion: number } }));
vi.mock('./session-token', () => ({ readSessionToken: async () => session.current }));
vi.mock('next/navigation', () => ({ redirect: vi.fn(), forbidden: vi.fn() }));
const { currentUser } = await import('./dal');

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
let dir: string;
let db: AppDatabase;
let userId: number;
let adminId: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'session-version-'));
  process.env.DATABASE_PATH = join(dir, 'test.db');
  db = openDatabase(process.env.DATABASE_PATH);
  migrate(db, { migrationsFolder });
  userId = db.insert(users).values({ email: 't@example.org', name: 'T', passwordHash: 'x' }).returning().get().id;
  adminId = db.insert(users).values({ email: 'a@example.org', name: 'A', role: 'admin' }).returning().get().id;
});
beforeEach(() => {
  db.update(users).set({ sessionVersion: 0, active: true }).run();
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const version = () => db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)).get()?.v;
/** Whether a token issued at session version `v` is still accepted. */
const accepted = async (v: number) => {
  session.current = { id: userId, sessionVersion: v };
  return (await currentUser()) !== null;
};

describe('session revocation', () => {
  it('accepts a token carrying the current version only', async () => {
    expect(await accepted(0)).toBe(true);
    expect(await accepted(1)).toBe(false);
  });

  it('rejects a token replayed after sign-out', async () => {
    bumpSessionVersion(userId, 0);
    expect(await accepted(0)).toBe(false);
    expect(await accepted(1)).toBe(true);
  });

  it('does not move on again when an already-revoked token signs out', () => {
    bumpSessionVersion(userId, 0);
    bumpSessionVersion(userId, 0);
    expect(version()).toBe(1);
  });

  it('rejects a token from before a deactivation, even after reactivation', async () => {
    setUserActive(userId, false, adminId);
    setUserActive(userId, true, adminId);
    expect(await accepted(0)).toBe(false);
    expect(version()).toBe(2);
  });

  it('signs out every session when the password changes, with an audit entry', async () => {
    expect(changePassword(userId, 'new-hash', new Date())).toBe(1);
    expect(await accepted(0)).toBe(false);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'user.password-changed')).get()).toMatchObject({ actorId: userId });
  });

  it('signs out every session when a password is set through a one-time link', async () => {
    const now = new Date();
    db.update(users).set({ setPasswordTokenHash: 'h', setPasswordExpiresAt: new Date(now.getTime() + 60_000) }).where(eq(users.id, userId)).run();
    expect(completeSetPassword('h', 'new-hash', now)).toBe(true);
    expect(await accepted(0)).toBe(false);
    expect(await accepted(1)).toBe(true);
  });

  it('rejects a token with no version at all (issued before versions existed)', async () => {
    session.current = { user: { id: userId, role: 'trainee' } } as never;
    expect(await currentUser()).toBeNull();
  });
});
