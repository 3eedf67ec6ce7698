import { fileURLToPath } from 'node:url';
import { asc, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../index';
import { lessons, modules, programmeModules, programmes, questionBanks, questions, users } from '../schema';
import { deleteLesson, moveLesson, saveLesson, type LessonFields } from './authoring-lessons';
import { createModule, updateModuleMeta } from './authoring-modules';
import { createQuestion, deleteQuestion, saveQuestion } from './authoring-questions';
import { getQuizEditor, saveQuizSettings } from './authoring-quiz';
import { safeReviewPolicy } from '@/lib/domain/review-policy';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const now = new Date(Date.UTC(2026, 2, 1));
const holder = globalThis as { __cioDb?: ReturnType<typeof getDb> };
const settings = {
  title: 'Quiz',
  passMark: 70,
  attemptLimit: null,
  timeLimitMinutes: null,
  shuffleQuestions: true,
  shuffleOptions: true,
  scoring: 'best' as const,
  review: safeReviewPolicy,
};
const option = (text: string, correct: boolean) => ({ text, correct, weight: null, match: null, feedback: '' });
const question = (prompt: string) => ({
  type: 'single' as const,
  prompt,
  explanation: 'Because.',
  points: 1,
  options: [option('A', true), option('B', false)],
});

let alice: number;
let moduleId: number;
let lessonIds: number[];

beforeEach(() => {
  process.env.DATABASE_PATH = ':memory:';
  const db = getDb();
  migrate(db, { migrationsFolder });
  alice = db.insert(users).values({ email: 'alice@example.org', name: 'Alice Author', role: 'instructor' }).returning().get().id;
  moduleId = createModule(
    { title: 'Open data', summary: '', objectives: ['Explain it.'], selfEnrol: true, programmeId: null },
    alice,
    now,
  ).id;
  lessonIds = ['one', 'two', 'three'].map(
    (key, position) => db.insert(lessons).values({ moduleId, key, position, title: key }).returning().get().id,
  );
});
afterEach(() => {
  holder.__cioDb?.$client.close();
  delete holder.__cioDb;
});

const fields = (title: string): LessonFields => ({
  title,
  summary: '',
  minutes: 5,
  required: true,
  bodyMarkdown: '## Hi\n',
  lecture: null,
  attachments: [],
});
const order = () =>
  getDb()
    .select({ id: lessons.id })
    .from(lessons)
    .where(eq(lessons.moduleId, moduleId))
    .orderBy(asc(lessons.position))
    .all()
    .map((row) => row.id);

describe('module drafts', () => {
  it('gives new modules unique slugs and appends them to the chosen programme', () => {
    const programmeId = getDb().insert(programmes).values({ slug: 'p', title: 'P' }).returning().get().id;
    const second = createModule({ title: 'Open data!', summary: '', objectives: ['x'], selfEnrol: false, programmeId }, alice, now);
    expect(second.slug).toBe('open-data-2');
    expect(getDb().select().from(programmeModules).all()).toEqual([{ programmeId, moduleId: second.id, position: 0, required: true }]);
    expect(getDb().select({ ownerId: modules.ownerId }).from(modules).where(eq(modules.id, second.id)).get()?.ownerId).toBe(alice);
  });

  it('refuses metadata saved from an older revision and names who changed it', () => {
    const meta = { title: 'Open data 2', summary: 's', objectives: ['o'], selfEnrol: true };
    expect(updateModuleMeta(moduleId, 1, meta, alice, now)).toEqual({ ok: true, revision: '2' });
    expect(updateModuleMeta(moduleId, 1, meta, alice, now)).toMatchObject({
      ok: false,
      changedBy: 'Alice Author',
      changedAt: expect.any(Date),
    });
  });
});

describe('lesson drafts', () => {
  it('saves from the current revision and refuses a stale one, keeping the newer text', () => {
    const [first] = lessonIds as [number];
    expect(saveLesson(first, 1, fields('Mine'), alice, now)).toEqual({ ok: true, revision: '2' });
    expect(saveLesson(first, 1, fields('Theirs'), alice, now)).toMatchObject({ ok: false, changedBy: 'Alice Author' });
    expect(getDb().select({ title: lessons.title }).from(lessons).where(eq(lessons.id, first)).get()?.title).toBe('Mine');
    expect(deleteLesson(first, 1, alice, now)).toMatchObject({ ok: false });
    expect(deleteLesson(first, 2, alice, now)).toEqual({ ok: true, revision: '' });
    expect(order()).toEqual(lessonIds.slice(1));
  });

  it('moves a lesson only when the list is as the editor saw it', () => {
    const [a, b, c] = lessonIds as [number, number, number];
    expect(moveLesson(moduleId, c, 'up', [a, b, c], alice, now)).toMatchObject({ ok: true });
    expect(order()).toEqual([a, c, b]);
    expect(moveLesson(moduleId, a, 'down', [a, b, c], alice, now)).toMatchObject({ ok: false });
    expect(moveLesson(moduleId, a, 'up', [a, c, b], alice, now)).toBeNull();
    expect(order()).toEqual([a, c, b]);
  });
});

describe('quiz drafts', () => {
  it('creates the quiz once, then refuses settings saved from stale content', () => {
    const created = saveQuizSettings(moduleId, 'new', settings, alice, now);
    expect(created.ok).toBe(true);
    const token = getQuizEditor(moduleId)?.token ?? '';
    expect(saveQuizSettings(moduleId, token, { ...settings, passMark: 80 }, alice, now)).toMatchObject({ ok: true });
    expect(saveQuizSettings(moduleId, token, { ...settings, passMark: 90 }, alice, now)).toMatchObject({
      ok: false,
      changedBy: 'Alice Author',
    });
    expect(getQuizEditor(moduleId)?.settings.passMark).toBe(80);
  });

  it('keys questions by prompt, refuses stale saves, and leaves bank questions in their bank', () => {
    saveQuizSettings(moduleId, 'new', settings, alice, now);
    const first = createQuestion(moduleId, question('What is open data?'), alice, now);
    const second = createQuestion(moduleId, question('What is open data?'), alice, now);
    expect([first.key, second.key]).toEqual(['what-is-open-data', 'what-is-open-data-2']);
    const loaded = getQuizEditor(moduleId)!.questions[0]!;
    expect(saveQuestion(moduleId, first.id, loaded.token, question('Edited?'), alice, now)).toMatchObject({ ok: true });
    expect(saveQuestion(moduleId, first.id, loaded.token, question('Again?'), alice, now)).toMatchObject({ ok: false });
    expect(getQuizEditor(moduleId)!.questions[0]!.draft).toMatchObject({ key: 'what-is-open-data', prompt: 'Edited?' });

    const bankId = getDb().insert(questionBanks).values({ name: 'Bank', ownerId: alice }).returning().get().id;
    getDb().update(questions).set({ bankId }).where(eq(questions.id, second.id)).run();
    const token = getQuizEditor(moduleId)!.questions[1]!.token;
    expect(deleteQuestion(moduleId, second.id, token, alice, now)).toMatchObject({ ok: true });
    expect(
      getDb().select({ quizId: questions.quizId, bankId: questions.bankId }).from(questions).where(eq(questions.id, second.id)).get(),
    ).toEqual({ quizId: null, bankId });
  });

  it('never reaches a question through another module', () => {
    saveQuizSettings(moduleId, 'new', settings, alice, now);
    const own = createQuestion(moduleId, question('Mine?'), alice, now);
    const otherId = createModule({ title: 'Other', summary: '', objectives: ['x'], selfEnrol: true, programmeId: null }, alice, now).id;
    saveQuizSettings(otherId, 'new', settings, alice, now);
    expect(() => saveQuestion(otherId, own.id, 'any', question('Hijack?'), alice, now)).toThrow(/deleted/);
  });
});
