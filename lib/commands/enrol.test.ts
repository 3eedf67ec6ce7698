import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { enrolments, modules, programmeEnrolments, programmeModules, programmes, users } from '@/db/schema';
import { enrolInProgramme } from './enrol';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const holder = globalThis as unknown as { __cioDb?: AppDatabase };
const now = new Date('2026-09-01T08:00:00Z');

let db: AppDatabase;
let userId: number;
let programmeId: number;
let closedId: number;

const enrolledModules = () =>
  db.select({ slug: modules.slug }).from(enrolments).innerJoin(modules, eq(modules.id, enrolments.moduleId)).where(eq(enrolments.userId, userId)).all().map((r) => r.slug).sort();

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  holder.__cioDb = db;
  userId = db.insert(users).values({ email: 't@example.org', name: 'T', role: 'trainee' }).returning().get().id;
  programmeId = db.insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
  for (const [position, slug] of ['open', 'closed'].entries()) {
    const id = db.insert(modules).values({ slug, title: slug, selfEnrol: slug === 'open' }).returning().get().id;
    if (slug === 'closed') closedId = id;
    db.insert(programmeModules).values({ programmeId, moduleId: id, position }).run();
  }
});
afterEach(() => {
  db.$client.close();
  delete holder.__cioDb;
});

describe('enrolInProgramme and self-enrolment (issue 10, low)', () => {
  it('self-enrolment in a programme leaves out a module closed to self-enrolment', () => {
    enrolInProgramme({ userId, programmeId, source: 'self', now });
    expect(enrolledModules()).toEqual(['open']);
    expect(db.select().from(programmeEnrolments).where(and(eq(programmeEnrolments.userId, userId), eq(programmeEnrolments.programmeId, programmeId))).get()).toBeTruthy();
  });

  it('a cohort or manager enrolment includes the closed module', () => {
    enrolInProgramme({ userId, programmeId, source: 'cohort', now });
    expect(enrolledModules()).toEqual(['closed', 'open']);
    expect(closedId).toBeGreaterThan(0);
  });
});
