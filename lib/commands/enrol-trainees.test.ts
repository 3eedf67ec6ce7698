import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolmentFingerprint } from '@/lib/domain/enrolment-classify';
import { readEnrolmentFile } from '@/lib/domain/enrolment-csv';
import { hashSetPasswordToken } from '@/lib/domain/set-password-token';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { auditLog, cohortMembers, cohorts, enrolments, modules, programmeModules, programmes, users } from '@/db/schema';
import { enrolTrainees, previewEnrolment } from './enrol-trainees';
import { completeSetPassword } from '@/db/queries/set-password';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const now = new Date('2026-09-01T08:00:00Z');

const FILE = [
  '\uFEFFName,E-mail,Country,Ministry/Agency,Job title',
  'Nasrin Karimi,nasrin@example.org,Afghanistan,MCIT,CIO',
  '"ليلى حداد",layla@example.org,Jordan,"Ministry of Digital Economy, Entrepreneurship",CIO',
  'Existing Person,known@example.org,Fiji,ITC,Director',
  'Bad Row,not-an-email,Tonga,MEIDECC,CIO',
  'Nasrin again,NASRIN@example.org,Afghanistan,MCIT,CIO',
].join('\r\n');

let db: AppDatabase;
let cohort: { id: number; programmeId: number };
let managerId: number;

function rows() {
  const file = readEnrolmentFile(new TextEncoder().encode(FILE));
  if (!file.ok) throw new Error(file.problem.code);
  return file.rows;
}

function enrol(expectedFingerprint: string | null) {
  return enrolTrainees({ cohort, rows: rows(), expectedFingerprint, actorId: managerId, now, fileName: 'list.csv' });
}

const countOf = (table: typeof users | typeof cohortMembers | typeof enrolments | typeof auditLog) => db.select({ n: count() }).from(table).get()?.n;

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  managerId = db.insert(users).values({ email: 'manager@example.org', name: 'M', role: 'manager' }).returning().get().id;
  db.insert(users).values({ email: 'known@example.org', name: 'Known Trainee', role: 'trainee', passwordHash: 'x' }).run();
  const programmeId = db.insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
  for (const [position, slug] of ['a', 'b'].entries()) {
    const moduleId = db.insert(modules).values({ slug, title: slug }).returning().get().id;
    db.insert(programmeModules).values({ programmeId, moduleId, position }).run();
  }
  const cohortId = db
    .insert(cohorts)
    .values({ name: 'C', programmeId, startsOn: '2026-09-01', endsOn: '2027-02-28', targetOn: '2027-02-15', timeZone: 'Asia/Kabul' })
    .returning()
    .get().id;
  cohort = { id: cohortId, programmeId };
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

describe('bulk enrolment', () => {
  it('previews without writing anything', () => {
    const before = [countOf(users), countOf(cohortMembers), countOf(auditLog)];
    const preview = previewEnrolment(rows(), cohort.id);
    expect(preview.map((r) => r.status)).toEqual(['new', 'new', 'existing', 'wrong', 'wrong']);
    expect([countOf(users), countOf(cohortMembers), countOf(auditLog)]).toEqual(before);
  });

  it('enrols every valid row in the cohort and all programme modules, with one-time tokens for new accounts', () => {
    const result = enrol(enrolmentFingerprint(previewEnrolment(rows(), cohort.id)));
    expect(result.status).toBe('enrolled');
    if (result.status !== 'enrolled') return;
    expect(result.summary).toEqual({ created: 2, added: 1, unchanged: 0, wrong: 2 });
    expect(result.tokens.map((t) => t.email)).toEqual(['nasrin@example.org', 'layla@example.org']);
    expect(countOf(cohortMembers)).toBe(3);
    expect(countOf(enrolments)).toBe(6);
    const layla = db.select().from(users).where(eq(users.email, 'layla@example.org')).get();
    expect(layla).toMatchObject({ name: 'ليلى حداد', role: 'trainee', passwordHash: null, ministry: 'Ministry of Digital Economy, Entrepreneurship' });
    expect(layla?.setPasswordTokenHash).toBe(hashSetPasswordToken(result.tokens[1]!.token));
    expect(layla?.setPasswordExpiresAt?.toISOString()).toBe('2026-09-08T08:00:00.000Z');
    const actions = db.select({ action: auditLog.action }).from(auditLog).all().map((a) => a.action);
    expect(actions.filter((a) => a === 'cohort.trainee-enrolled')).toHaveLength(3);
    expect(actions.filter((a) => a === 'user.created')).toHaveLength(2);
    expect(actions.filter((a) => a === 'cohort.bulk-enrolment')).toHaveLength(1);
  });

  it('is idempotent: the same file again changes nothing', () => {
    enrol(null);
    const before = [countOf(users), countOf(cohortMembers), countOf(enrolments), countOf(auditLog)];
    const again = previewEnrolment(rows(), cohort.id);
    expect(again.filter((r) => r.status === 'existing').every((r) => r.status === 'existing' && r.alreadyMember)).toBe(true);
    const result = enrol(enrolmentFingerprint(again));
    expect(result).toMatchObject({ status: 'enrolled', summary: { created: 0, added: 0, unchanged: 3, wrong: 2 }, tokens: [] });
    expect([countOf(users), countOf(cohortMembers), countOf(enrolments), countOf(auditLog)]).toEqual(before);
  });

  it('writes nothing when the situation changed since the preview', () => {
    const fingerprint = enrolmentFingerprint(previewEnrolment(rows(), cohort.id));
    db.insert(users).values({ email: 'nasrin@example.org', name: 'Created meanwhile', role: 'trainee' }).run();
    const before = [countOf(users), countOf(cohortMembers), countOf(auditLog)];
    const result = enrol(fingerprint);
    expect(result.status).toBe('changed');
    expect([countOf(users), countOf(cohortMembers), countOf(auditLog)]).toEqual(before);
  });

  it('rolls everything back when one write fails', () => {
    db.$client.exec("CREATE TRIGGER fail_layla BEFORE INSERT ON users WHEN NEW.email = 'layla@example.org' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    const before = [countOf(users), countOf(cohortMembers), countOf(enrolments), countOf(auditLog)];
    expect(() => enrol(null)).toThrow(/boom/);
    expect([countOf(users), countOf(cohortMembers), countOf(enrolments), countOf(auditLog)]).toEqual(before);
  });
});

describe('set-password tokens', () => {
  it('work once, and not after they expire', () => {
    const result = enrol(null);
    if (result.status !== 'enrolled') throw new Error('not enrolled');
    const [nasrin, layla] = result.tokens.map((t) => hashSetPasswordToken(t.token));
    expect(completeSetPassword(nasrin!, 'hash-1', now)).toBe(true);
    expect(completeSetPassword(nasrin!, 'hash-2', now)).toBe(false);
    expect(db.select({ h: users.passwordHash }).from(users).where(eq(users.email, 'nasrin@example.org')).get()?.h).toBe('hash-1');
    expect(completeSetPassword(layla!, 'hash-3', new Date('2026-09-08T08:00:00Z'))).toBe(false);
  });
});
