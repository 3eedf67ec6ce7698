import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load-tree';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { loadOwnAttempt } from '@/db/queries/attempt-answers';
import { getPublishedModule } from '@/db/queries/published';
import { moduleStandings, users } from '@/db/schema';
import { importContent } from './import-content';
import { saveAnswer } from './save-answer';
import { setLessonCompleted } from './set-lesson-completed';
import { refreshModuleStandings } from './standings';
import { startAttempt } from './start-attempt';
import { submitAttempt } from './submit-attempt';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const QUIZ = 'content/modules/mod-a/quiz.yaml';
const MODULE = 'content/modules/mod-a/module.yaml';
let fixture: ContentFixture;
let trainee: number;

const edit = (path: string, change: (text: string) => string) => fixture.write(path, change(readFileSync(join(fixture.root, path), 'utf8')));
function runImport(now: Date) {
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  return importContent(getDb(), tree.tree, { contentDir: fixture.contentDir, actorId: null, now });
}

beforeAll(() => {
  fixture = createContentFixture();
  // getDb() opens DATABASE_PATH on first use: point it at a migrated file of this test's own.
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const setup = openDatabase(process.env.DATABASE_PATH);
  migrate(setup, { migrationsFolder });
  setup.$client.close();
  // Two of the seven points (the short answer and true/false) pass.
  edit(QUIZ, (text) => text.replace('passMark: 60', 'passMark: 25'));
  runImport(new Date('2026-01-01T00:00:00Z'));
  trainee = getDb().insert(users).values({ email: 't@example.org', name: 'Trainee', role: 'trainee' }).returning({ id: users.id }).get().id;
});
afterAll(() => fixture.cleanup());

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute));
const standing = (moduleId: number) =>
  getDb().select().from(moduleStandings).where(and(eq(moduleStandings.userId, trainee), eq(moduleStandings.moduleId, moduleId))).get();

describe('module standings follow the facts in the same transaction', () => {
  it('updates on lesson completion, attempt start and submit, and republish', () => {
    const mod = getPublishedModule('mod-a')!;
    expect(standing(mod.id)).toBeUndefined();

    // Lessons: 01-intro is required, 02-more optional.
    setLessonCompleted({ userId: trainee, moduleId: mod.id, lessonKey: '01-intro', completed: true, now: at(0) });
    expect(standing(mod.id)).toMatchObject({ lessonsDone: 1, requiredDone: 1, requiredLastAt: at(0), lastLessonAt: at(0), attempts: 0, quizPassed: false, hasOpenAttempt: false });
    setLessonCompleted({ userId: trainee, moduleId: mod.id, lessonKey: '02-more', completed: true, now: at(5) });
    expect(standing(mod.id)).toMatchObject({ lessonsDone: 2, requiredDone: 1, requiredLastAt: at(0), lastLessonAt: at(5) });

    // An attempt started is open activity; submitted, it counts.
    const attemptId = startAttempt({ userId: trainee, module: mod, now: at(10) });
    expect(standing(mod.id)).toMatchObject({ attempts: 0, hasOpenAttempt: true, lastAttemptAt: at(10), countedPercent: null, quizPassed: false });
    const attempt = loadOwnAttempt(attemptId, trainee);
    const isTrue = mod.quiz!.questions.find((q) => q.key === 'is-true')!.options.find((o) => o.correct)!.key;
    saveAnswer({ attempt, quiz: mod.quiz!, userId: trainee, questionKey: 'is-true', response: { type: 'truefalse', optionKey: isTrue }, now: at(11) });
    saveAnswer({ attempt, quiz: mod.quiz!, userId: trainee, questionKey: 'year', response: { type: 'short', text: '1998' }, now: at(11) });
    submitAttempt({ attempt, quiz: mod.quiz!, userId: trainee, now: at(12) });
    expect(standing(mod.id)).toMatchObject({ attempts: 1, hasOpenAttempt: false, lastAttemptAt: at(12), countedPercent: 28.6, countedAt: at(12), quizPassed: true });

    // A new version without 02-more: it no longer counts, but its completion is still activity.
    edit(MODULE, (text) => text.replace('  - 02-more\n', ''));
    fixture.remove('content/modules/mod-a/lessons/02-more.md');
    expect(runImport(at(20))).toEqual([{ slug: 'mod-a', status: 'updated', version: 2 }]);
    expect(standing(mod.id)).toMatchObject({ lessonsDone: 1, requiredDone: 1, lastLessonAt: at(5), attempts: 1, quizPassed: true });

    // Un-completing the required lesson takes it out again.
    setLessonCompleted({ userId: trainee, moduleId: mod.id, lessonKey: '01-intro', completed: false, now: at(30) });
    expect(standing(mod.id)).toMatchObject({ lessonsDone: 0, requiredDone: 0, requiredLastAt: null, lastLessonAt: at(5) });

    // What the writes kept equals a recomputation from scratch.
    const kept = standing(mod.id);
    getDb().transaction((tx) => refreshModuleStandings(tx, mod.id));
    expect(standing(mod.id)).toEqual(kept);
  });

  it('drops the standing when nothing is left', () => {
    const other = getDb().insert(users).values({ email: 'o@example.org', name: 'Other', role: 'trainee' }).returning({ id: users.id }).get().id;
    const mod = getPublishedModule('mod-a')!;
    setLessonCompleted({ userId: other, moduleId: mod.id, lessonKey: '01-intro', completed: true, now: at(0) });
    setLessonCompleted({ userId: other, moduleId: mod.id, lessonKey: '01-intro', completed: false, now: at(1) });
    expect(getDb().select().from(moduleStandings).where(eq(moduleStandings.userId, other)).all()).toEqual([]);
  });
});
