import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { auditLog, knownSignInClients, signInThrottle, users } from '@/db/schema';
import { GLOBAL_ALERT_FAILURES } from '@/lib/domain/sign-in-throttle';
import { checkSignIn } from './sign-in';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const t0 = new Date('2026-03-01T09:00:00Z');
const seconds = (n: number) => new Date(t0.getTime() + n * 1000);
let dir: string;
let db: AppDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sign-in-'));
  // getDb() opens DATABASE_PATH on first use: point it at a migrated file of this test's own.
  process.env.DATABASE_PATH = join(dir, 'test.db');
  db = openDatabase(process.env.DATABASE_PATH);
  migrate(db, { migrationsFolder });
  // A low cost keeps the test fast; the comparison is the same at any cost.
  const passwordHash = await bcrypt.hash('correct horse battery', 4);
  for (const email of ['victim@example.org', 'attacker@example.org', 'bystander@example.org']) {
    db.insert(users).values({ email, name: email, passwordHash }).run();
  }
});
beforeEach(() => {
  db.delete(signInThrottle).run();
  db.delete(knownSignInClients).run();
  db.delete(auditLog).run();
  db.update(users).set({ active: true }).run();
});
afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const guess = (email: string, client: string | null, at = t0) => checkSignIn({ email, password: 'wrong password!' }, client, at);
const correct = (email: string, client: string | null, at = t0) => checkSignIn({ email, password: 'correct horse battery' }, client, at);
const refusals = (results: Awaited<ReturnType<typeof checkSignIn>>[]) => results.map((r) => (r.ok ? 'ok' : r.refusal.replace(/:.*/, '')));
const count = (list: string[], value: string) => list.filter((item) => item === value).length;

describe('checkSignIn throttling', () => {
  it('checks exactly the allowed number of 30 parallel guesses from one address', async () => {
    const results = refusals(await Promise.all(Array.from({ length: 30 }, () => guess('victim@example.org', 'ip:198.51.100.7'))));
    expect(count(results, 'invalid-credentials')).toBe(5);
    expect(count(results, 'throttled')).toBe(25);
  });

  it('checks exactly the per-account allowance of 30 parallel guesses without a client address', async () => {
    const results = refusals(await Promise.all(Array.from({ length: 30 }, () => guess('victim@example.org', null))));
    expect(count(results, 'invalid-credentials')).toBe(10);
    expect(count(results, 'throttled')).toBe(20);
  });

  it('never locks out other users: after a burst against one account, others still sign in', async () => {
    await Promise.all(Array.from({ length: 30 }, () => guess('victim@example.org', null)));
    expect((await correct('bystander@example.org', null)).ok).toBe(true);
    await Promise.all(Array.from({ length: 30 }, () => guess('victim@example.org', 'ip:198.51.100.7')));
    expect((await correct('bystander@example.org', 'ip:203.0.113.1')).ok).toBe(true);
  });

  it('does not forgive guesses when the guesser signs in to an own account in between', async () => {
    const checked: string[] = [];
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 4; i++) checked.push(...refusals([await guess('victim@example.org', 'ip:198.51.100.7')]));
      expect((await correct('attacker@example.org', 'ip:198.51.100.7')).ok).toBe(true);
    }
    expect(count(checked, 'invalid-credentials')).toBe(5);
  });

  it('keeps the per-account wait to at most a minute', async () => {
    await Promise.all(Array.from({ length: 30 }, () => guess('victim@example.org', null)));
    const refused = await correct('victim@example.org', null);
    expect(refused).toEqual({ ok: false, refusal: expect.stringMatching(/^throttled:\d+$/) });
    const wait = Number(!refused.ok && refused.refusal.split(':')[1]);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await correct('victim@example.org', null, seconds(61))).ok).toBe(true);
  });

  it('lets a client that signed in to the account before through, while guessing from elsewhere holds it', async () => {
    expect((await correct('victim@example.org', 'ip:203.0.113.1')).ok).toBe(true);
    for (let n = 0; n < 30; n++) await guess('victim@example.org', `ip:198.51.100.${n}`, seconds(1));
    expect(refusals([await correct('victim@example.org', 'ip:192.0.2.50', seconds(1))])).toEqual(['throttled']);
    expect((await correct('victim@example.org', 'ip:203.0.113.1', seconds(1))).ok).toBe(true);
  });

  it('ignores the password entirely while throttled', async () => {
    await Promise.all(Array.from({ length: 5 }, () => guess('victim@example.org', 'ip:198.51.100.7')));
    expect(refusals([await correct('victim@example.org', 'ip:198.51.100.7')])).toEqual(['throttled']);
    expect((await correct('victim@example.org', 'ip:198.51.100.7', seconds(2))).ok).toBe(true);
  });

  it('writes one audit alert when failures across all accounts reach the ceiling', async () => {
    // Start just below the ceiling rather than making 100 slow comparisons.
    db.insert(signInThrottle).values({ key: 'global', failures: GLOBAL_ALERT_FAILURES - 3, firstFailureAt: t0, lastFailureAt: t0 }).run();
    for (let n = 0; n < 6; n++) await guess('victim@example.org', `ip:10.0.${n}.1`);
    const alerts = db.select().from(auditLog).where(eq(auditLog.action, 'auth.sign-in-failures-high')).all();
    expect(alerts).toHaveLength(1);
  });

  it('refuses a deactivated account after a correct password', async () => {
    db.update(users).set({ active: false }).where(eq(users.email, 'victim@example.org')).run();
    expect(await correct('victim@example.org', null)).toEqual({ ok: false, refusal: 'deactivated' });
  });
});
