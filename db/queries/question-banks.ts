import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { QuestionType } from '@/db/schema/content';
import { getDb, type AppDatabase } from '../index';
import { questionBanks, questionOptions, questions, users } from '../schema';

export interface BankRow {
  id: number;
  name: string;
  ownerId: number | null;
  ownerName: string | null;
  questionCount: number;
}

export interface Bank {
  id: number;
  name: string;
  ownerId: number | null;
}

export interface BankQuestionRow {
  id: number;
  key: string;
  type: QuestionType;
  prompt: string;
  points: number;
}

/** Banks a user owns, or every bank when `all` is set (admins), by name. */
export function listBanks(userId: number, all: boolean, db: AppDatabase = getDb()): BankRow[] {
  const rows = db
    .select({ id: questionBanks.id, name: questionBanks.name, ownerId: questionBanks.ownerId, ownerName: users.name })
    .from(questionBanks)
    .leftJoin(users, eq(users.id, questionBanks.ownerId))
    .where(all ? undefined : eq(questionBanks.ownerId, userId))
    .orderBy(asc(questionBanks.name), asc(questionBanks.id))
    .all();
  const ids = rows.map((row) => row.id);
  const counts = ids.length
    ? db
        .select({ bankId: questions.bankId, n: count() })
        .from(questions)
        .where(inArray(questions.bankId, ids))
        .groupBy(questions.bankId)
        .all()
    : [];
  const byBank = new Map(counts.map((row) => [row.bankId, row.n]));
  return rows.map((row) => ({ ...row, questionCount: byBank.get(row.id) ?? 0 }));
}

export function findBank(bankId: number, db: AppDatabase = getDb()): Bank | null {
  return (
    db
      .select({ id: questionBanks.id, name: questionBanks.name, ownerId: questionBanks.ownerId })
      .from(questionBanks)
      .where(eq(questionBanks.id, bankId))
      .get() ?? null
  );
}

export function createBank(name: string, ownerId: number, now: Date, db: AppDatabase = getDb()): number {
  return db.insert(questionBanks).values({ name, ownerId, createdAt: now }).returning({ id: questionBanks.id }).get().id;
}

export function renameBank(bankId: number, name: string, db: AppDatabase = getDb()): void {
  db.update(questionBanks).set({ name }).where(eq(questionBanks.id, bankId)).run();
}

/**
 * Deletes a bank and its questions. A question that also lives in a quiz is
 * only detached from the bank, so the quiz keeps it.
 */
export function deleteBank(bankId: number, db: AppDatabase = getDb()): void {
  db.transaction((tx) => {
    tx.update(questions)
      .set({ bankId: null })
      .where(and(eq(questions.bankId, bankId), isNotNull(questions.quizId)))
      .run();
    tx.delete(questions).where(eq(questions.bankId, bankId)).run();
    tx.delete(questionBanks).where(eq(questionBanks.id, bankId)).run();
  });
}

/** The questions of a bank in bank order. */
export function listBankQuestions(bankId: number, db: AppDatabase = getDb()): BankQuestionRow[] {
  return db
    .select({ id: questions.id, key: questions.key, type: questions.type, prompt: questions.prompt, points: questions.points })
    .from(questions)
    .where(eq(questions.bankId, bankId))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
}

/**
 * Removes a question from a bank: deleted with its options, or only detached
 * when a quiz also holds it. Returns false when the bank has no such question.
 */
export function deleteBankQuestion(bankId: number, questionId: number, db: AppDatabase = getDb()): boolean {
  return db.transaction((tx) => {
    const where = and(eq(questions.id, questionId), eq(questions.bankId, bankId));
    const row = tx.select({ quizId: questions.quizId }).from(questions).where(where).get();
    if (!row) return false;
    if (row.quizId !== null) tx.update(questions).set({ bankId: null }).where(where).run();
    else {
      tx.delete(questionOptions).where(eq(questionOptions.questionId, questionId)).run();
      tx.delete(questions)
        .where(and(where, isNull(questions.quizId)))
        .run();
    }
    return true;
  });
}
