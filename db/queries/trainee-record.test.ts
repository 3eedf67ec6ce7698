import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '../connection';
import {
  certificates,
  cohortMembers,
  cohorts,
  enrolments,
  eventAttendance,
  events,
  lessonProgress,
  moduleVersions,
  modules,
  programmeEnrolments,
  programmeModules,
  programmes,
  quizAttempts,
  users,
} from '../schema';
import { loadTraineeRecord } from './trainee-record';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const at = new Date('2026-10-01T08:00:00Z');

let db: AppDatabase;
let traineeId: number;
const scopes: Record<'A' | 'B', { cohortId: number; programmeId: number }> = { A: { cohortId: 0, programmeId: 0 }, B: { cohortId: 0, programmeId: 0 } };

/** A programme with one module, a cohort of it, and the trainee's whole history there. */
function history(name: 'A' | 'B') {
  const programmeId = db.insert(programmes).values({ slug: `p-${name}`, title: `Programme ${name}` }).returning().get().id;
  const moduleId = db.insert(modules).values({ slug: `m-${name}`, title: `Module ${name}` }).returning().get().id;
  db.insert(programmeModules).values({ programmeId, moduleId, position: 0 }).run();
  const versionId = db.insert(moduleVersions).values({ moduleId, version: 1, title: name, summary: '', objectives: [], contentHash: name }).returning().get().id;
  const cohortId = db.insert(cohorts).values({ name: `Cohort ${name}`, programmeId, startsOn: '2026-09-01', endsOn: '2027-02-28', targetOn: '2027-02-15' }).returning().get().id;
  db.insert(cohortMembers).values({ cohortId, userId: traineeId, role: 'trainee' }).run();
  db.insert(programmeEnrolments).values({ userId: traineeId, programmeId }).run();
  db.insert(enrolments).values({ userId: traineeId, moduleId, source: 'cohort' }).run();
  db.insert(lessonProgress).values({ userId: traineeId, moduleId, lessonKey: `lesson-${name}` }).run();
  db.insert(quizAttempts).values({ userId: traineeId, moduleId, versionId, attemptNo: 1, status: 'submitted', layout: { questions: [], options: {} }, score: 1, maxScore: 1, percent: 100, passed: true }).run();
  db.insert(certificates).values({ userId: traineeId, programmeId, code: `CODE-${name}`, holderName: 'T', programmeTitle: `Programme ${name}` }).run();
  const eventId = db.insert(events).values({ cohortId, title: `Event ${name}`, kind: 'workshop', startsAt: at, endsAt: at }).returning().get().id;
  db.insert(eventAttendance).values({ eventId, userId: traineeId, status: 'present', recordedAt: at }).run();
  scopes[name] = { cohortId, programmeId };
}

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  traineeId = db.insert(users).values({ email: 't@example.org', name: 'T', role: 'trainee' }).returning().get().id;
  history('A');
  history('B');
});
afterEach(() => db.$client.close());

describe('loadTraineeRecord (issue 10 #6)', () => {
  it("holds only the requesting cohort's membership and attendance, and its programme's learning", () => {
    const record = loadTraineeRecord(db, traineeId, scopes.B);
    expect(record?.cohorts.map((r) => r.cohort)).toEqual(['Cohort B']);
    expect(record?.attendance.map((r) => r.event)).toEqual(['Event B']);
    expect(record?.programmeEnrolments.map((r) => r.programme)).toEqual(['p-B']);
    expect(record?.enrolments.map((r) => r.module)).toEqual(['m-B']);
    expect(record?.lessonProgress.map((r) => r.lesson)).toEqual(['lesson-B']);
    expect(record?.attempts.map((r) => r.module)).toEqual(['m-B']);
    expect(record?.certificates.map((r) => r.code)).toEqual(['CODE-B']);
  });

  it('is null for an unknown user', () => {
    expect(loadTraineeRecord(db, 9999, scopes.A)).toBeNull();
  });
});
