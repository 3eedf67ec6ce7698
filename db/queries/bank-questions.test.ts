import { fileURLToPath } from 'node:url';
import { asc, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGift } from '@/lib/domain/gift';
import { loadContentTree } from '@/lib/content/load-tree';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase, type AppDatabase } from '../connection';
import { modules, questionOptions, questions, quizzes, users } from '../schema';
import { bankAsGift, importIntoBank, readBankQuestions } from './bank-questions';
import { importContent } from '@/lib/commands/import-content';
import { readMoodleForBank } from '@/lib/interchange/moodle-xml';
import { createBank, deleteBank, deleteBankQuestion, listBankQuestions, listBanks } from './question-banks';
import { addBankQuestionsToQuiz, listDraftQuizQuestions } from './quiz-from-bank';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const GIFT = `$CATEGORY: Governance

::Tomb::Who is buried in Grant's tomb? {=Grant#Good ~Lincoln ~%-25%Nobody ####He and his wife.}

::Pick two::Pick two {~%50%A ~%50%B ~%-100%C}

::Sun::The sun is hot. {T#Look again#Yes}

::Year::Which year? {=1998 =nineteen ninety-eight}

::Capitals::Match them {=Kabul -> Afghanistan =Suva -> Fiji}

::Bad::How are you? {maybe}
`;

let db: AppDatabase;
let ownerId: number;
beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  ownerId = db.insert(users).values({ email: 'i@example.org', name: 'Instructor', role: 'instructor' }).returning().get().id;
});
afterEach(() => db.$client.close());

const now = new Date(Date.UTC(2025, 0, 1));
const parsed = () => parseGift(GIFT).questions;

describe('importIntoBank', () => {
  it('imports the valid questions with their options, keyed by title', () => {
    const bankId = createBank('Governance', ownerId, now, db);
    expect(importIntoBank(bankId, parsed(), db)).toEqual({ added: 5, skipped: 0 });
    expect(listBankQuestions(bankId, db).map((q) => [q.key, q.type, q.points])).toEqual([
      ['tomb', 'single', 1],
      ['pick-two', 'multiple', 1],
      ['sun', 'truefalse', 1],
      ['year', 'short', 1],
      ['capitals', 'matching', 1],
    ]);
    const [tomb] = readBankQuestions(db, bankId);
    expect(tomb?.explanation).toBe('He and his wife.');
    expect(tomb?.options.map((o) => [o.text, o.correct, o.weight, o.feedback])).toEqual([
      ['Grant', true, null, 'Good'],
      ['Lincoln', false, null, ''],
      ['Nobody', false, -25, ''],
    ]);
  });

  it('imports a description with no points and a numerical question with the default 1, as Moodle', () => {
    const bankId = createBank('Numbers', ownerId, now, db);
    importIntoBank(bankId, parseGift('::Intro::Read this first.\n\n::Pi::Pi? {#3.14:0.01}').questions, db);
    expect(listBankQuestions(bankId, db).map((q) => [q.key, q.type, q.points])).toEqual([
      ['intro', 'description', 0],
      ['pi', 'numerical', 1],
    ]);
    expect(readBankQuestions(db, bankId)[1]?.options.map((o) => [o.text, o.match])).toEqual([['3.14', '0.01']]);
  });

  it('is idempotent: importing the same text again adds nothing and changes nothing', () => {
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    const before = { questions: db.select().from(questions).all(), options: db.select().from(questionOptions).all() };
    expect(importIntoBank(bankId, parsed(), db)).toEqual({ added: 0, skipped: 5 });
    expect({ questions: db.select().from(questions).all(), options: db.select().from(questionOptions).all() }).toEqual(before);
  });

  it('adds only what is new, with keys still unique, and skips repeats within one import', () => {
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    const more = parseGift(
      '::Tomb::Who is buried there? {=Grant ~Lincoln}\n\n::Sun::The sun is hot. {T#Look again#Yes}\n\n::Tomb::Who is buried there? {=Grant ~Lincoln}',
    ).questions;
    expect(importIntoBank(bankId, more, db)).toEqual({ added: 1, skipped: 2 });
    expect(listBankQuestions(bankId, db).map((q) => q.key)).toEqual(['tomb', 'pick-two', 'sun', 'year', 'capitals', 'tomb-2']);
  });

  it('keeps banks apart: the same text in another bank is imported there', () => {
    const first = createBank('One', ownerId, now, db);
    const second = createBank('Two', ownerId, now, db);
    importIntoBank(first, parsed(), db);
    expect(importIntoBank(second, parsed(), db)).toEqual({ added: 5, skipped: 0 });
    expect(listBanks(ownerId, false, db).map((bank) => [bank.name, bank.questionCount])).toEqual([
      ['One', 5],
      ['Two', 5],
    ]);
  });

  it('exports what it imported: GIFT out, GIFT in, nothing new', () => {
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    const exported = bankAsGift(bankId, 'Governance', db);
    expect(exported.map((q) => q.title)).toEqual(['tomb', 'pick-two', 'sun', 'year', 'capitals']);
    expect(importIntoBank(bankId, exported, db)).toEqual({ added: 0, skipped: 5 });
  });
});

describe('deleting', () => {
  it('deletes a question and its options, but only detaches one a quiz also holds', () => {
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    const [first, second] = listBankQuestions(bankId, db);
    expect(deleteBankQuestion(bankId + 1, first?.id ?? 0, db)).toBe(false);
    expect(deleteBankQuestion(bankId, first?.id ?? 0, db)).toBe(true);
    expect(
      db
        .select()
        .from(questionOptions)
        .where(eq(questionOptions.questionId, first?.id ?? 0))
        .all(),
    ).toEqual([]);

    const moduleId = db.insert(modules).values({ slug: 'm', title: 'M', ownerId }).returning().get().id;
    const quizId = db.insert(quizzes).values({ moduleId, title: 'Q' }).returning().get().id;
    db.update(questions)
      .set({ quizId })
      .where(eq(questions.id, second?.id ?? 0))
      .run();
    deleteBank(bankId, db);
    expect(db.select({ id: questions.id, bankId: questions.bankId }).from(questions).all()).toEqual([{ id: second?.id, bankId: null }]);
  });
});

describe('addBankQuestionsToQuiz', () => {
  let fixture: ContentFixture;
  beforeEach(() => {
    fixture = createContentFixture();
    const loaded = loadContentTree(fixture.contentDir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    importContent(db, loaded.tree, { contentDir: fixture.contentDir, actorId: ownerId, now });
  });
  afterEach(() => fixture.cleanup());

  it('copies questions and options into the draft quiz with fresh keys and bumps the revision', () => {
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parseGift('::Pick one::Pick. {=A ~B}\n\n::Is true::True? {T}').questions, db);
    const ids = listBankQuestions(bankId, db).map((q) => q.id);
    const before = listDraftQuizQuestions(moduleId, db);

    expect(addBankQuestionsToQuiz({ moduleId, bankId, questionIds: ids, newQuizTitle: 'unused', now }, db)).toEqual({
      keys: ['pick-one-2', 'is-true-2'],
    });
    const after = listDraftQuizQuestions(moduleId, db);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((q) => [q.key, q.type, q.prompt])).toEqual([
      ['pick-one-2', 'single', 'Pick.'],
      ['is-true-2', 'truefalse', 'True?'],
    ]);
    const copy = after.at(-2);
    const copied = db
      .select()
      .from(questionOptions)
      .where(eq(questionOptions.questionId, copy?.id ?? 0))
      .orderBy(asc(questionOptions.position))
      .all();
    expect(copied.map((o) => [o.text, o.correct])).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(db.select().from(modules).get()?.revision).toBe(2);
    expect(listBankQuestions(bankId, db)).toHaveLength(2);
    expect(
      db
        .select()
        .from(questions)
        .where(eq(questions.bankId, bankId))
        .all()
        .every((q) => q.quizId === null),
    ).toBe(true);
  });

  it("keeps a Moodle XML question's marks in the bank and in the quiz it is copied into", () => {
    const moduleId = db.insert(modules).values({ slug: 'marks', title: 'Marks', ownerId }).returning().get().id;
    const bankId = createBank('Marks', ownerId, now, db);
    const xml = `<quiz><question type="truefalse"><name><text>Heavy</text></name><questiontext><text>Heavy?</text></questiontext>
      <defaultgrade>2.5</defaultgrade><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`;
    importIntoBank(bankId, readMoodleForBank(xml).questions, db);
    expect(listBankQuestions(bankId, db).map((q) => [q.key, q.points])).toEqual([['heavy', 2.5]]);
    expect(bankAsGift(bankId, 'Marks', db)[0]?.points).toBe(2.5);
    const [heavy] = listBankQuestions(bankId, db);
    addBankQuestionsToQuiz({ moduleId, bankId, questionIds: [heavy?.id ?? 0], newQuizTitle: 'Marks quiz', now }, db);
    expect(listDraftQuizQuestions(moduleId, db).map((q) => [q.key, q.points])).toEqual([['heavy', 2.5]]);
  });

  it('creates the quiz with default settings when the module has none', () => {
    const moduleId = db.insert(modules).values({ slug: 'empty', title: 'Empty', ownerId }).returning().get().id;
    const bankId = createBank('Governance', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    const [first] = listBankQuestions(bankId, db);
    addBankQuestionsToQuiz({ moduleId, bankId, questionIds: [first?.id ?? 0], newQuizTitle: 'Empty quiz', now }, db);
    expect(db.select().from(quizzes).where(eq(quizzes.moduleId, moduleId)).get()).toMatchObject({
      title: 'Empty quiz',
      passMark: 70,
      scoring: 'best',
    });
    expect(listDraftQuizQuestions(moduleId, db).map((q) => q.key)).toEqual(['tomb']);
  });

  it('copies nothing when a question is not in the bank', () => {
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const bankId = createBank('Governance', ownerId, now, db);
    const otherBank = createBank('Other', ownerId, now, db);
    importIntoBank(bankId, parsed(), db);
    importIntoBank(otherBank, parseGift('Other? {T}').questions, db);
    const ids = [...listBankQuestions(bankId, db), ...listBankQuestions(otherBank, db)].map((q) => q.id);
    const before = listDraftQuizQuestions(moduleId, db);
    expect(() => addBankQuestionsToQuiz({ moduleId, bankId, questionIds: ids, newQuizTitle: 'x', now }, db)).toThrow(/not in this bank/);
    expect(listDraftQuizQuestions(moduleId, db)).toEqual(before);
    expect(db.select().from(modules).get()?.revision).toBe(1);
  });
});
