/**
 * The grading queue: pieces of work awaiting a human grade, essays and
 * assignments in one list. Each row names its kind and where it is graded
 * (`href`); who sees which work is decided in the data layer by the grading
 * scope (lib/domain/assignments/grader-access.ts).
 */
import { questionType } from './question-types/registry';
import type { QuestionSnapshot } from './quiz-snapshot';

/** What can wait for a human grade. */
export const gradingKinds = ['essay', 'assignment'] as const;
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
  /** Sent after the cohort's due date (assignments only; an essay is never late). */
  late: boolean;
}

/** Whether the late filter keeps an item: every item, late ones only, or on-time ones only. */
export const lateFilters = ['all', 'late', 'on-time'] as const;
export type LateFilter = (typeof lateFilters)[number];

/** Applies the late filter. */
export function filterLate(items: readonly GradingItem[], late: LateFilter): GradingItem[] {
  return late === 'all' ? [...items] : items.filter((item) => item.late === (late === 'late'));
}

/** A submitted assignment version as the data layer reads it. */
export interface AssignmentWorkRow {
  submissionId: number;
  moduleId: number;
  moduleTitle: string;
  traineeName: string;
  title: string;
  submittedAt: Date | null;
  status: 'submitted' | 'revision-requested' | 'accepted';
  points: number | null;
  maxPoints: number;
  late: boolean;
}

/** Submitted assignment versions as queue rows: awaiting while submitted, graded once accepted or returned. */
export function assignmentQueueItems(rows: readonly AssignmentWorkRow[]): GradingItem[] {
  return rows.map((row) => ({
    kind: 'assignment' as const,
    href: `/author/grading/assignments/${row.submissionId}`,
    moduleId: row.moduleId,
    moduleTitle: row.moduleTitle,
    traineeName: row.traineeName,
    title: row.title,
    submittedAt: row.submittedAt,
    status: row.status === 'submitted' ? ('awaiting' as const) : ('graded' as const),
    points: row.status === 'submitted' ? null : row.points,
    maxPoints: row.maxPoints,
    late: row.late,
  }));
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
        late: false,
      },
    ];
  });
}
