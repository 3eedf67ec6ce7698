import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { listAssignmentWork } from '@/db/queries/assignment-queue';
import { listVersions } from '@/db/queries/assignment-submissions';
import { mayGradeWorkOf } from '@/db/queries/grading-scope';
import { getModuleStanding } from '@/db/queries/module-standings';
import { getPublishedModule } from '@/db/queries/published';
import { assignmentSubmissions, cohortMembers, cohorts, programmes, users } from '@/db/schema';
import { loadContentTree } from '@/lib/content/load-tree';
import { addAssignment } from '@/lib/testing/assignment-fixture';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { recomputeFromRawTables, storedStandings } from '@/lib/testing/standings-oracle';
import { saveAssignmentDraft, submitAssignment } from './assignment-work';
import { enrolInProgramme } from './enrol';
import { gradeAssignment } from './grade-assignment';
import { importContent } from './import-content';
import { loadAssignmentTodo } from '@/lib/reports/assignment-todo';
import { setAssignmentDueDate } from './set-assignment-due-date';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
let fixture: ContentFixture;
let moduleId: number;
let cohortId: number;
const ids = { trainee: 0, late: 0, instructor: 0, outsider: 0, admin: 0 };
const at = (iso: string) => new Date(iso);
const file = { name: 'plan.pdf', path: 'x/plan.pdf', size: 10, mimeType: 'application/pdf' };
const key = 'action-plan';

beforeAll(() => {
  fixture = createContentFixture();
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const db = openDatabase(process.env.DATABASE_PATH);
  migrate(db, { migrationsFolder });
  addAssignment(fixture, readFileSync(join(fixture.root, 'content/modules/mod-a/module.yaml'), 'utf8'));
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(db, tree.tree, { contentDir: fixture.contentDir, actorId: null, now: at('2026-01-01T00:00:00Z') });
  const roles = { trainee: 'trainee', late: 'trainee', instructor: 'instructor', outsider: 'instructor', admin: 'admin' } as const;
  for (const [name, role] of Object.entries(roles)) {
    ids[name as keyof typeof ids] = db.insert(users).values({ email: `${name}@example.org`, name, role }).returning({ id: users.id }).get().id;
  }
  const programmeId = db.select({ id: programmes.id }).from(programmes).get()!.id;
  cohortId = db.insert(cohorts).values({ name: 'C', programmeId, startsOn: '2026-01-01', endsOn: '2026-06-30', targetOn: '2026-06-01', timeZone: 'Asia/Kabul' }).returning({ id: cohorts.id }).get().id;
  db.insert(cohortMembers)
    .values([
      { cohortId, userId: ids.trainee, role: 'trainee' },
      { cohortId, userId: ids.late, role: 'trainee' },
      { cohortId, userId: ids.instructor, role: 'instructor' },
    ])
    .run();
  db.$client.close();
  for (const userId of [ids.trainee, ids.late]) enrolInProgramme({ userId, programmeId, source: 'cohort', now: at('2026-01-02T00:00:00Z') });
  moduleId = getPublishedModule('mod-a')!.id;
});
afterAll(() => fixture.cleanup());

const target = (userId: number) => ({ userId, moduleId, assignmentKey: key });
const grade = (submissionId: number, over: Partial<Parameters<typeof gradeAssignment>[0]> = {}) =>
  gradeAssignment({ submissionId, grader: { id: ids.instructor, role: 'instructor' }, levels: { diagnosis: 2, governance: 2 }, decision: 'accept', feedback: 'Good.', now: at('2026-03-05T00:00:00Z'), ...over });

describe('assignment commands', () => {
  it('publishes the assignment with the module version', () => {
    expect(getPublishedModule('mod-a')!.assignments).toEqual([{ key, position: 0, title: 'Action plan', summary: 'Apply the module to your ministry.', required: true }]);
  });

  it('puts the assignment on the trainee\'s To do list until it is sent, with the cohort\'s due date once set', () => {
    expect(loadAssignmentTodo(ids.trainee, at('2026-01-03T00:00:00Z'))).toEqual([
      { kind: 'assignment', id: `assignment:mod-a:${key}`, title: 'Action plan', href: `/modules/mod-a/assignments/${key}`, dueAt: null, timeZone: 'Asia/Kabul', status: 'not-started', overdue: false },
    ]);
    expect(loadAssignmentTodo(ids.outsider, at('2026-01-03T00:00:00Z'))).toEqual([]);
  });

  it('refuses an empty submission and one missing what the assignment asks for, saving nothing', () => {
    expect(() => submitAssignment({ ...target(ids.trainee), now: at('2026-02-01T00:00:00Z') })).toThrow(expect.objectContaining({ code: 'conflict:no-draft' }));
    saveAssignmentDraft({ ...target(ids.trainee), change: { text: '   ' }, now: at('2026-02-01T00:00:00Z') });
    expect(() => submitAssignment({ ...target(ids.trainee), now: at('2026-02-01T00:01:00Z') })).toThrow(expect.objectContaining({ code: 'invalid:empty', status: 400 }));
    saveAssignmentDraft({ ...target(ids.trainee), change: { text: 'My plan.' }, now: at('2026-02-01T00:02:00Z') });
    expect(() => submitAssignment({ ...target(ids.trainee), now: at('2026-02-01T00:03:00Z') })).toThrow(expect.objectContaining({ code: 'invalid:files-required' }));
    expect(listVersions(target(ids.trainee))).toMatchObject([{ versionNo: 1, status: 'draft', text: 'My plan.', files: [] }]);
  });

  it('submits on time, refuses a second submission without a revision request, and a grade by a non-instructor', () => {
    setAssignmentDueDate({ cohortId, moduleId, assignmentKey: key, dueAt: at('2026-03-01T12:00:00Z'), actorId: ids.instructor, now: at('2026-02-01T00:00:00Z') });
    saveAssignmentDraft({ ...target(ids.trainee), change: { add: [file] }, now: at('2026-02-02T00:00:00Z') });
    const sent = submitAssignment({ ...target(ids.trainee), now: at('2026-02-03T00:00:00Z') });
    expect(sent).toMatchObject({ versionNo: 1, late: false });
    expect(loadAssignmentTodo(ids.late, at('2026-03-02T00:00:00Z'))).toMatchObject([{ dueAt: '2026-03-01T12:00:00.000Z', status: 'not-started', overdue: true }]);
    expect(loadAssignmentTodo(ids.trainee, at('2026-03-02T00:00:00Z'))).toEqual([]);
    expect(() => saveAssignmentDraft({ ...target(ids.trainee), change: { text: 'again' }, now: at('2026-02-04T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'conflict:awaiting-grade', status: 409 }),
    );
    expect(() => grade(sent.submissionId, { grader: { id: ids.outsider, role: 'instructor' } })).toThrow(expect.objectContaining({ code: 'forbidden:grade', status: 403 }));
    expect(getDb().select().from(assignmentSubmissions).all().find((row) => row.id === sent.submissionId)).toMatchObject({ status: 'submitted', gradedAt: null, points: null });
  });

  it('returns for revision, keeps every version, then accepts; the module completes only once accepted', () => {
    const [first] = listVersions(target(ids.trainee));
    expect(() => grade(first!.id, { levels: { diagnosis: 2 } })).toThrow(expect.objectContaining({ code: 'invalid:levels-missing' }));
    expect(() => grade(first!.id, { levels: { diagnosis: 1, governance: 1 } })).toThrow(expect.objectContaining({ code: 'invalid:below-pass-mark' }));
    expect(grade(first!.id, { levels: { diagnosis: 1, governance: 1 }, decision: 'revise', feedback: 'Add owners.' })).toEqual({ status: 'revision-requested', points: 4, maxPoints: 8, percent: 50 });
    expect(getModuleStanding(ids.trainee, moduleId)?.assignmentsDone ?? 0).toBe(0);

    saveAssignmentDraft({ ...target(ids.trainee), change: { text: 'My plan, with owners.' }, now: at('2026-03-06T00:00:00Z') });
    const second = submitAssignment({ ...target(ids.trainee), now: at('2026-03-06T00:01:00Z') });
    expect(second).toMatchObject({ versionNo: 2, late: true });
    expect(() => grade(first!.id)).toThrow(expect.objectContaining({ code: 'conflict:not-latest' }));
    expect(grade(second.submissionId, { levels: { diagnosis: 2, governance: 1 } })).toEqual({ status: 'accepted', points: 6, maxPoints: 8, percent: 75 });
    expect(listVersions(target(ids.trainee))).toMatchObject([
      { versionNo: 2, status: 'accepted', text: 'My plan, with owners.', files: [file], late: true, gradedById: ids.instructor, levels: { diagnosis: 2, governance: 1 } },
      { versionNo: 1, status: 'revision-requested', text: 'My plan.', files: [file], late: false, feedback: 'Add owners.' },
    ]);
    expect(getModuleStanding(ids.trainee, moduleId)).toMatchObject({ assignmentsDone: 1 });
    expect(storedStandings()).toEqual(recomputeFromRawTables());
    expect(() => saveAssignmentDraft({ ...target(ids.trainee), change: { text: 'more' }, now: at('2026-03-07T00:00:00Z') })).toThrow(
      expect.objectContaining({ code: 'conflict:accepted' }),
    );
  });

  it('refuses drafts and submissions once the cohort has closed (end of its last day in its time zone)', () => {
    saveAssignmentDraft({ ...target(ids.late), change: { text: 'Late plan', add: [file] }, now: at('2026-06-30T19:00:00Z') });
    expect(() => submitAssignment({ ...target(ids.late), now: at('2026-06-30T19:30:00Z') })).toThrow(expect.objectContaining({ code: 'conflict:closed' }));
    expect(() => saveAssignmentDraft({ ...target(ids.late), change: { text: 'x' }, now: at('2026-07-01T00:00:00Z') })).toThrow(expect.objectContaining({ code: 'conflict:closed' }));
    expect(listVersions(target(ids.late))).toMatchObject([{ status: 'draft', text: 'Late plan', submittedAt: null }]);
  });

  it('scopes the grading queue to the cohorts the grader teaches; administrators see all', () => {
    const mine = listAssignmentWork({ userId: ids.instructor, all: false });
    expect(mine.map((row) => [row.traineeName, row.status, row.late])).toEqual([
      ['trainee', 'accepted', true],
      ['trainee', 'revision-requested', false],
    ]);
    expect(listAssignmentWork({ userId: ids.instructor, all: false, status: 'awaiting' })).toEqual([]);
    expect(listAssignmentWork({ userId: ids.instructor, all: false, cohortId: cohortId + 1 })).toEqual([]);
    expect(listAssignmentWork({ userId: ids.outsider, all: false })).toEqual([]);
    expect(listAssignmentWork({ userId: ids.admin, all: true })).toHaveLength(2);
    expect(mayGradeWorkOf({ id: ids.instructor, all: false }, ids.trainee, moduleId)).toBe(true);
    expect(mayGradeWorkOf({ id: ids.outsider, all: false }, ids.trainee, moduleId)).toBe(false);
  });

  it('lets an administrator grade any cohort', () => {
    const draft = saveAssignmentDraft({ ...target(ids.late), change: {}, now: at('2026-06-30T19:10:00Z') });
    const sent = submitAssignment({ ...target(ids.late), now: at('2026-06-30T19:20:00Z') });
    expect(sent.submissionId).toBe(draft.submissionId);
    expect(grade(sent.submissionId, { grader: { id: ids.admin, role: 'admin' } })).toMatchObject({ status: 'accepted' });
  });
});
