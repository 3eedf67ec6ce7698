import 'server-only';
import { savedResponses } from '@/db/queries/attempt-answers';
import { loadGradableAttempt, manualScores, saveManualGrade, storeManualTotals } from '@/db/queries/manual-grading';
import { getModuleVersion } from '@/db/queries/published';
import { gradeWithManual } from '@/lib/domain/manual-grading';
import { questionType } from '@/lib/domain/question-types/registry';
import { AppError } from '@/lib/errors';
import { issueEarnedCertificates } from './certificates';
import { refreshStanding } from './standings';
import { inTransaction } from './transaction';

/** What grading one answer did: whether the attempt is now final, and its percent and pass when it is. */
export type EssayGradeResult = { final: true; percent: number; passed: boolean } | { final: false; awaiting: number };

/**
 * Command: gives points and feedback to one manually graded answer (an essay)
 * of a submitted attempt, recording the grader and the time. When it was the
 * attempt's last manual answer without points, the attempt is finalised
 * (percent, pass) and the trainee's standing and certificates follow in the
 * same transaction; grading again later re-finalises with the new points.
 * The caller has checked that the grader may grade this module (403) and that
 * the points are a number; the points must lie within the question's (400).
 */
export function gradeEssayAnswer(input: {
  attemptId: number;
  questionKey: string;
  points: number;
  feedback: string;
  graderId: number;
  now: Date;
}): EssayGradeResult {
  return inTransaction((tx) => {
    const attempt = loadGradableAttempt(tx, input.attemptId);
    if (!attempt) throw new AppError('not-found:attempt', 'No such attempt.');
    if (attempt.status === 'open') throw new AppError('conflict:attempt-open', 'This attempt has not been submitted yet.');
    const quiz = getModuleVersion(attempt.versionId)?.quiz;
    const question = quiz?.questions.find((q) => q.key === input.questionKey);
    if (!quiz || !question || questionType(question.type).grading !== 'manual')
      throw new AppError('not-found:answer', 'No such question to grade in this attempt.');
    if (!(input.points >= 0 && input.points <= question.points))
      throw new AppError('invalid:points', `The points must be between 0 and ${question.points}.`);
    const saved = saveManualGrade(tx, {
      attemptId: attempt.id,
      questionKey: question.key,
      score: input.points,
      feedback: input.feedback.trim(),
      gradedBy: input.graderId,
      gradedAt: input.now,
    });
    if (!saved) throw new AppError('not-found:answer', 'The trainee did not answer this question.');
    const graded = gradeWithManual(quiz, savedResponses(attempt.id, tx), manualScores(tx, attempt.id));
    storeManualTotals(tx, attempt.id, { final: graded.final, ...graded.grade });
    if (!graded.final) return { final: false, awaiting: graded.awaiting.length };
    refreshStanding(tx, attempt.userId, attempt.moduleId);
    issueEarnedCertificates(tx, attempt.userId, attempt.moduleId, input.now);
    return { final: true, percent: graded.grade.percent, passed: graded.grade.passed };
  });
}
