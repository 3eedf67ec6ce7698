/**
 * The grading queue: pieces of work awaiting a human grade. Each row names
 * its kind, so the capstone assignments can add theirs beside the essays
 * without a second queue; a kind only needs a place to grade it (`href`).
 */
import { questionType } from './question-types/registry';
import type { QuestionSnapshot } from './quiz-snapshot';

/** What can wait for a human grade. */
export const gradingKinds = ['essay'] as const;
export type GradingKind = (typeof gradingKinds)[number];

/** Awaiting a grade, or graded already (kept in the queue for review and regrading). */
export const gradingStatuses = ['awaiting', 'graded'] as const;
export type GradingStatus = (typeof gradingStatuses)[number];

/** One piece of work in the queue. */
export interface GradingItem {
  kind: GradingKind;
  /** Where it is graded. */
  href: string;
  moduleId: number;
  moduleTitle: string;
  traineeName: string;
  /** What the work answers (an essay's question). */
  title: string;
  submittedAt: Date | null;
  status: GradingStatus;
  /** The points given, once graded, out of `maxPoints`. */
  points: number | null;
  maxPoints: number;
}

/** Oldest work first, so nothing waits longest; graded work after everything awaiting. */
export function sortQueue(items: readonly GradingItem[]): GradingItem[] {
  const time = (item: GradingItem) => item.submittedAt?.getTime() ?? 0;
  return [...items].sort((a, b) => (a.status === b.status ? time(a) - time(b) : a.status === 'awaiting' ? -1 : 1));
}

/** An answered essay as the data layer reads it. */
export interface EssayAnswerRow {
  attemptId: number;
  questionKey: string;
  question: QuestionSnapshot | null;
  moduleId: number;
  moduleTitle: string;
  traineeName: string;
  submittedAt: Date | null;
  graded: boolean;
  score: number | null;
}

/** Answers to manually graded questions as queue rows; anything else (a question gone from its version) is left out. */
export function essayQueueItems(rows: readonly EssayAnswerRow[]): GradingItem[] {
  return rows.flatMap((row) => {
    const { question } = row;
    if (!question || questionType(question.type).grading !== 'manual') return [];
    return [
      {
        kind: 'essay' as const,
        href: `/author/grading/${row.attemptId}/${encodeURIComponent(row.questionKey)}`,
        moduleId: row.moduleId,
        moduleTitle: row.moduleTitle,
        traineeName: row.traineeName,
        title: question.prompt,
        submittedAt: row.submittedAt,
        status: row.graded ? ('graded' as const) : ('awaiting' as const),
        points: row.graded ? row.score : null,
        maxPoints: question.points,
      },
    ];
  });
}
