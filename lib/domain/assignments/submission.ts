/**
 * The rules of a trainee's submissions to one assignment. Every version is
 * kept: a trainee works on one version at a time (a draft), submits it, and
 * after a grade either is done (accepted) or, when a revision is requested,
 * starts the next version from what they sent. Time is passed in.
 */
import type { SubmissionKind } from './rubric';

export const submissionStatuses = ['draft', 'submitted', 'revision-requested', 'accepted'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/** At most this many files per version, and this much text. */
export const MAX_SUBMISSION_FILES = 5;
export const MAX_SUBMISSION_TEXT = 50_000;

/** Why a draft cannot be written: the latest version is waiting for a grade, or was accepted. */
export type DraftRefusal = 'awaiting-grade' | 'accepted' | 'closed';

/** Where a draft save goes: a first version, the open draft, or a new version after a revision request. */
export type DraftTarget = { kind: 'first' } | { kind: 'current' } | { kind: 'next'; copyFrom: 'latest' } | { kind: 'refused'; reason: DraftRefusal };

/** The latest version a trainee has of an assignment, as the rules need it (null: none yet). */
export interface LatestVersion {
  status: SubmissionStatus;
}

/**
 * Where a draft may be written, given the latest version and whether the
 * cohort has closed: no resubmission unless a revision was requested, and
 * nothing after the cohort's closing.
 */
export function draftTarget(latest: LatestVersion | null, closed: boolean): DraftTarget {
  if (latest?.status === 'accepted') return { kind: 'refused', reason: 'accepted' };
  if (latest?.status === 'submitted') return { kind: 'refused', reason: 'awaiting-grade' };
  if (closed) return { kind: 'refused', reason: 'closed' };
  if (latest === null) return { kind: 'first' };
  return latest.status === 'draft' ? { kind: 'current' } : { kind: 'next', copyFrom: 'latest' };
}

/** Why a version cannot be submitted (a catalogue key under `assignments.errors`). */
export type SubmissionProblem = 'empty' | 'text-required' | 'files-required' | 'too-many-files' | 'text-too-long';

/** Checks what a version holds against what the assignment asks for. */
export function submissionProblem(kind: SubmissionKind, text: string, fileCount: number): SubmissionProblem | null {
  const hasText = text.trim() !== '';
  if (text.length > MAX_SUBMISSION_TEXT) return 'text-too-long';
  if (fileCount > MAX_SUBMISSION_FILES) return 'too-many-files';
  if (!hasText && fileCount === 0) return 'empty';
  if (kind !== 'files' && !hasText) return 'text-required';
  if (kind !== 'text' && fileCount === 0) return 'files-required';
  return null;
}

/**
 * Whether a submission is late: sent after the due date the cohort set.
 * Without a due date nothing is late; exactly at the due time is on time.
 */
export function isLate(submittedAt: Date, dueAt: Date | null): boolean {
  return dueAt !== null && submittedAt.getTime() > dueAt.getTime();
}

/** Whether the trainee still has something to do: nothing sent yet, a draft, or a revision to make. */
export function isOutstanding(status: SubmissionStatus | null): boolean {
  return status === null || status === 'draft' || status === 'revision-requested';
}
