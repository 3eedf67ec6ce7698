import 'server-only';
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { canonicalJson } from '@/lib/content/canonical-json';
import { quizDraft } from '@/lib/content/quiz-draft';
import type { QuizDraft } from '@/lib/content/snapshot';
import type { QuizFile } from '@/lib/validation/content';
import { questionOptions, questions, quizzes } from '../schema';
import { readQuizDraft, type SyncDatabase } from './module-draft';

function settingsOf({ questions: _questions, ...settings }: QuizDraft) {
  return settings;
}

function insertQuestions(tx: SyncDatabase, quizId: number, draft: QuizDraft): void {
  draft.questions.forEach((question, position) => {
    const { id } = tx
      .insert(questions)
      .values({
        quizId,
        key: question.key,
        position,
        type: question.type,
        prompt: question.prompt,
        explanation: question.explanation,
        points: question.points,
        skill: question.skill ?? null,
      })
      .returning({ id: questions.id })
      .get();
    if (question.options.length === 0) return;
    tx.insert(questionOptions)
      .values(question.options.map((option, index) => ({ ...option, questionId: id, position: index })))
      .run();
  });
}

/**
 * Removes the draft questions of a quiz. A question that also lives in a
 * question bank is only detached from the quiz, so the bank keeps it.
 */
function clearQuestions(tx: SyncDatabase, quizId: number): void {
  const owned = tx
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.quizId, quizId), isNull(questions.bankId)))
    .all()
    .map((row) => row.id);
  if (owned.length > 0) {
    tx.delete(questionOptions).where(inArray(questionOptions.questionId, owned)).run();
    tx.delete(questions).where(inArray(questions.id, owned)).run();
  }
  tx.update(questions)
    .set({ quizId: null })
    .where(and(eq(questions.quizId, quizId), isNotNull(questions.bankId)))
    .run();
}

/**
 * Makes a module's draft quiz match its quiz.yaml: settings updated, questions
 * and options replaced, but only when something differs, so re-importing
 * unchanged content writes nothing. Returns whether the draft changed.
 */
export function syncQuiz(tx: SyncDatabase, moduleId: number, quiz: QuizFile | null): boolean {
  const current = readQuizDraft(tx, moduleId);
  const existing = tx.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.moduleId, moduleId)).get();
  if (!quiz) {
    if (!existing) return false;
    clearQuestions(tx, existing.id);
    tx.delete(quizzes).where(eq(quizzes.id, existing.id)).run();
    return true;
  }
  const desired = quizDraft(quiz);
  if (!existing || !current) {
    const { id } = tx
      .insert(quizzes)
      .values({ moduleId, ...settingsOf(desired) })
      .returning({ id: quizzes.id })
      .get();
    insertQuestions(tx, id, desired);
    return true;
  }
  let changed = false;
  if (canonicalJson(settingsOf(current)) !== canonicalJson(settingsOf(desired))) {
    tx.update(quizzes).set(settingsOf(desired)).where(eq(quizzes.id, existing.id)).run();
    changed = true;
  }
  if (canonicalJson(current.questions) !== canonicalJson(desired.questions)) {
    clearQuestions(tx, existing.id);
    insertQuestions(tx, existing.id, desired);
    changed = true;
  }
  return changed;
}
