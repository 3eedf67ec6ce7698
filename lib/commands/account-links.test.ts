import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSetPasswordToken } from '@/lib/domain/set-password-token';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { cohortMembers, cohorts, programmes, users } from '@/db/schema';
import { completeSetPassword } from '@/db/queries/set-password';
import { listCohortMembers } from '@/db/queries/cohort-members';
import { accountStatusFor } from '@/lib/domain/account-links';
import { enrolTrainees } from './enrol-trainees';
import { reissueSetPasswordLink } from './account-links';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const now = new Date('2026-09-01T08:00:00Z');
const trainee = { name: 'Nasrin Karimi', email: 'nasrin@example.org', country: 'Afghanistan', ministry: 'MCIT', jobTitle: 'CIO' };

let db: AppDatabase;
let managerA: { id: number; role: string };
let managerB: { id: number; role: string };
let admin: { id: number; role: string };
let cohortA: { id: number; programmeId: number };
let cohortB: { id: number; programmeId: number };

function makeCohort(name: string, managerId: number, programmeId: number) {
  const id = db.insert(cohorts).values({ name, programmeId, startsOn: '2026-09-01', endsOn: '2027-02-28', targetOn: '2027-02-15', createdById: managerId }).returning().get().id;
  db.insert(cohortMembers).values({ cohortId: id, userId: managerId, role: 'manager' }).run();
  return { id, programmeId };
}

function enrolOne(cohort: { id: number; programmeId: number }, actorId: number) {
  return enrolTrainees({ cohort, rows: [{ line: 1, ...trainee }], expectedFingerprint: null, actorId, now, fileName: null });
}

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  const user = (email: string, role: 'manager' | 'admin') => ({ id: db.insert(users).values({ email, name: email, role }).returning().get().id, role });
  managerA = user('a@example.org', 'manager');
  managerB = user('b@example.org', 'manager');
  admin = user('admin@example.org', 'admin');
  const programmeId = db.insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
  const otherProgrammeId = db.insert(programmes).values({ slug: 'q', title: 'Q' }).returning().get().id;
  cohortA = makeCohort('A', managerA.id, programmeId);
  cohortB = makeCohort('B', managerB.id, otherProgrammeId);
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

describe('set-password links for an account added to another cohort (issue 10 #1)', () => {
  it('records which cohort and manager created an account', () => {
    enrolOne(cohortA, managerA.id);
    const row = db.select().from(users).where(eq(users.email, trainee.email)).get();
    expect(row).toMatchObject({ createdById: managerA.id, createdInCohortId: cohortA.id });
  });

  it('refuses manager B a link for an account manager A created, and A keeps a working link', () => {
    const created = enrolOne(cohortA, managerA.id);
    if (created.status !== 'enrolled') throw new Error('not enrolled');
    const originalToken = created.tokens[0]!.token;
    const added = enrolOne(cohortB, managerB.id);
    expect(added.status === 'enrolled' && added.tokens).toEqual([]);
    const userId = db.select({ id: users.id }).from(users).where(eq(users.email, trainee.email)).get()!.id;

    expect(reissueSetPasswordLink({ cohortId: cohortB.id, userId, actor: managerB, now })).toBeNull();
    expect(completeSetPassword(hashSetPasswordToken(originalToken), 'hash', now)).toBe(true);
  });

  it('gives the creating manager and an administrator a fresh link', () => {
    enrolOne(cohortA, managerA.id);
    const userId = db.select({ id: users.id }).from(users).where(eq(users.email, trainee.email)).get()!.id;
    const byA = reissueSetPasswordLink({ cohortId: cohortA.id, userId, actor: managerA, now });
    expect(byA?.email).toBe(trainee.email);
    const byAdmin = reissueSetPasswordLink({ cohortId: cohortB.id, userId, actor: admin, now });
    expect(byAdmin).toBeNull(); // not a member of B: nothing to reissue there
    const byAdminInA = reissueSetPasswordLink({ cohortId: cohortA.id, userId, actor: admin, now });
    expect(byAdminInA && completeSetPassword(hashSetPasswordToken(byAdminInA.token), 'hash', now)).toBe(true);
  });

  it('does not tell manager B whether the account has set a password', () => {
    enrolOne(cohortA, managerA.id);
    enrolOne(cohortB, managerB.id);
    const inB = listCohortMembers(cohortB.id).find((m) => m.email === trainee.email)!;
    expect(accountStatusFor({ ...managerB, cohort: { id: cohortB.id, managed: true } }, inB)).toBeNull();
    const inA = listCohortMembers(cohortA.id).find((m) => m.email === trainee.email)!;
    expect(accountStatusFor({ ...managerA, cohort: { id: cohortA.id, managed: true } }, inA)).toBe(true);
  });
});
