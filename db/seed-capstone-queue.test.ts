import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '@/lib/commands/import-content';
import { loadContentTree } from '@/lib/content/load-tree';
import { openDatabase, type AppDatabase } from './connection';
import { getPublishedModule } from './queries/published';
import { assignmentDueDates, assignmentSubmissions, cohortMembers, cohorts, programmes, users } from './schema';
import { seedCapstoneQueue } from './seed-capstone-queue';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const contentDir = fileURLToPath(new URL('../content', import.meta.url));
const DAY = 86_400_000;
const now = new Date('2026-05-20T08:00:00Z');
const root = mkdtempSync(join(tmpdir(), 'seed-capstone-queue-'));
let db: AppDatabase;
let context: Parameters<typeof seedCapstoneQueue>[0];

beforeAll(() => {
  process.env.DATABASE_PATH = join(root, 'test.db');
  db = openDatabase(process.env.DATABASE_PATH);
  migrate(db, { migrationsFolder });
  const tree = loadContentTree(contentDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(db, tree.tree, { contentDir, actorId: null, now: new Date(now.getTime() - 100 * DAY) });
  const person = (email: string, role: 'trainee' | 'manager' | 'instructor') => db.insert(users).values({ email, name: email, role }).returning({ id: users.id }).get().id;
  const managerId = person('manager@example.org', 'manager');
  const instructorId = person('instructor@example.org', 'instructor');
  const programmeId = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, 'egov-leadership')).get()!.id;
  const cohortId = db.insert(cohorts).values({ name: 'Living', programmeId, startsOn: '2026-03-06', endsOn: '2026-09-01', targetOn: '2026-08-18', timeZone: 'Asia/Seoul' }).returning({ id: cohorts.id }).get().id;
  db.insert(cohortMembers).values({ cohortId, userId: instructorId, role: 'instructor' }).run();
  for (const email of ['zarghona.stanikzai', 'armen.petrosyan', 'jean.pierre.kalo']) {
    db.insert(cohortMembers).values({ cohortId, userId: person(`${email}@demo.example.org`, 'trainee'), role: 'trainee' }).run();
  }
  const capstone = getPublishedModule('building-capacity-unpog')!;
  const planFile = (userId: number) => ({ name: 'action-plan.txt', path: `${userId}/plan.txt`, size: 10, mimeType: 'text/plain' });
  context = { db, now, managerId, instructorId, cohortName: 'Living', moduleId: capstone.id, assignmentKey: capstone.assignments[0]!.key, planFile };
});
afterAll(() => {
  db.$client.close();
  rmSync(root, { recursive: true, force: true });
});

const work = () =>
  db
    .select({ email: users.email, status: assignmentSubmissions.status, late: assignmentSubmissions.late })
    .from(assignmentSubmissions)
    .innerJoin(users, eq(users.id, assignmentSubmissions.userId))
    .orderBy(users.email)
    .all();

describe('seedCapstoneQueue', () => {
  it('leaves one late piece and one on time awaiting a grade, and one returned for revision', () => {
    expect(seedCapstoneQueue(context)).toBe(3);
    expect(work()).toEqual([
      { email: 'armen.petrosyan@demo.example.org', status: 'submitted', late: false },
      { email: 'jean.pierre.kalo@demo.example.org', status: 'revision-requested', late: false },
      { email: 'zarghona.stanikzai@demo.example.org', status: 'submitted', late: true },
    ]);
  });

  it('ends with the due date moved to the cohort target date, so no one else is overdue', () => {
    expect(db.select({ dueAt: assignmentDueDates.dueAt }).from(assignmentDueDates).all()).toEqual([{ dueAt: new Date('2026-08-18T12:00:00Z') }]);
  });

  it('plays nothing twice', () => {
    expect(seedCapstoneQueue(context)).toBe(0);
    expect(work()).toHaveLength(3);
  });
});
