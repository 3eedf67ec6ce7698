import 'server-only';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { QuestionType } from '@/db/schema/content';
import { importedPoints, keyBase, questionContentHash, uniqueKey } from '@/lib/domain/bank-questions';
import type { GiftOption, GiftQuestion } from '@/lib/domain/gift';
import { getDb, type AppDatabase } from '../index';
import { questionOptions, questions } from '../schema';
import type { SyncDatabase } from './module-draft';

/** A bank question with everything needed to copy or export it. */
export interface StoredQuestion {
  id: number;
  key: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  points: number;
  options: GiftOption[];
}

/** A bank's questions with their options, in bank order; only `ids` when given. */
export function readBankQuestions(tx: SyncDatabase, bankId: number, ids?: readonly number[]): StoredQuestion[] {
  const rows = tx
    .select({
      id: questions.id,
      key: questions.key,
      type: questions.type,
      prompt: questions.prompt,
      explanation: questions.explanation,
      points: questions.points,
    })
    .from(questions)
    .where(and(eq(questions.bankId, bankId), ids ? inArray(questions.id, [...ids]) : undefined))
    .orderBy(asc(questions.position), asc(questions.id))
    .all();
  const options = rows.length
    ? tx
        .select({
          questionId: questionOptions.questionId,
          text: questionOptions.text,
          correct: questionOptions.correct,
          weight: questionOptions.weight,
          match: questionOptions.match,
          feedback: questionOptions.feedback,
        })
        .from(questionOptions)
        .where(
          inArray(
            questionOptions.questionId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(asc(questionOptions.position), asc(questionOptions.id))
        .all()
    : [];
  const byQuestion = new Map<number, GiftOption[]>();
  for (const { questionId, ...option } of options) byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), option]);
  return rows.map((row) => ({ ...row, options: byQuestion.get(row.id) ?? [] }));
}

export interface BankImportResult {
  added: number;
  /** Questions whose content the bank already held (or that repeat one earlier in the same import). */
  skipped: number;
}

/**
 * Adds questions to a bank in ONE transaction, after the ones it holds. A
 * question whose content hash matches a question already in the bank is
 * skipped, so importing the same GIFT text again adds nothing. Keys are slugs
 * of the GIFT title (or the prompt), unique within the bank; points are the
 * file's own (Moodle XML's `<defaultgrade>`), else 1 (0 for a description).
 */
export function importIntoBank(bankId: number, incoming: readonly GiftQuestion[], db: AppDatabase = getDb()): BankImportResult {
  return db.transaction((tx) => {
    const existing = readBankQuestions(tx, bankId);
    const hashes = new Set(existing.map(questionContentHash));
    const keys = new Set(existing.map((question) => question.key));
    let position =
      (tx
        .select({ last: max(questions.position) })
        .from(questions)
        .where(eq(questions.bankId, bankId))
        .get()?.last ?? -1) + 1;
    let added = 0;
    for (const question of incoming) {
      const hash = questionContentHash(question);
      if (hashes.has(hash)) continue;
      hashes.add(hash);
      const { id } = tx
        .insert(questions)
        .values({
          bankId,
          key: uniqueKey(keyBase(question.title ?? question.prompt), keys),
          position: position++,
          type: question.type,
          prompt: question.prompt,
          explanation: question.explanation,
          points: question.points ?? importedPoints(question.type),
        })
        .returning({ id: questions.id })
        .get();
      if (question.options.length > 0) {
        tx.insert(questionOptions)
          .values(question.options.map((option, index) => ({ ...option, questionId: id, position: index })))
          .run();
      }
      added++;
    }
    return { added, skipped: incoming.length - added };
  });
}

/** A bank's questions as GIFT questions: the key as title, the bank name as category, with their points. */
export function bankAsGift(bankId: number, bankName: string, db: AppDatabase = getDb()): GiftQuestion[] {
  return readBankQuestions(db, bankId).map(({ key, type, prompt, explanation, options, points }) => ({
    title: key,
    category: bankName,
    type,
    prompt,
    explanation,
    options,
    points,
  }));
}
