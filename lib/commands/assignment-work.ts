import 'server-only';
import { insertDraft, latestVersion, markSubmitted, traineeCohortFor, updateDraft, dueDateOf, type SubmissionTarget } from '@/db/queries/assignment-submissions';
import { currentAssignment } from '@/db/queries/published-assignments';
import type { SubmissionFile } from '@/db/schema';
import { cohortClosesAt, isClosed } from '@/lib/domain/assignments/schedule';
import { draftTarget, isLate, MAX_SUBMISSION_FILES, MAX_SUBMISSION_TEXT, submissionProblem } from '@/lib/domain/assignments/submission';
import { AppError } from '@/lib/errors';
import { afterLearningChange } from './follow-ups';
import { inTransaction, type Tx } from './transaction';

/** What a draft save changes: the text, files added, files removed (by stored path). */
export interface DraftChange {
  text?: string;
  add?: SubmissionFile[];
  remove?: string[];
}

/** The draft after a save. */
export interface SavedDraft {
  submissionId: number;
  versionNo: number;
  savedAt: Date;
  files: SubmissionFile[];
}

function assignmentOf(tx: Tx, target: SubmissionTarget) {
  const assignment = currentAssignment(tx, target.moduleId, target.assignmentKey);
  if (!assignment) throw new AppError('not-found:assignment', 'No such assignment in this module.');
  return assignment;
}

function closedFor(cohort: ReturnType<typeof traineeCohortFor>, now: Date): boolean {
  return cohort !== null && isClosed(cohortClosesAt(cohort.endsOn, cohort.timeZone), now);
}

/**
 * Command: saves the trainee's draft of an assignment (auto-save, files
 * attached or removed). Writes the open draft, or starts the first version,
 * or, after a revision request, the next version from the returned one.
 * Refused (409) while a version awaits its grade, once accepted, and after
 * the cohort closed; 400 for text over the limit or too many files.
 */
export function saveAssignmentDraft(input: SubmissionTarget & { change: DraftChange; now: Date }): SavedDraft {
  return inTransaction((tx) => {
    assignmentOf(tx, input);
    const cohort = traineeCohortFor(tx, input.userId, input.moduleId);
    const latest = latestVersion(tx, input);
    const target = draftTarget(latest, closedFor(cohort, input.now));
    if (target.kind === 'refused') throw new AppError(`conflict:${target.reason}`, `This assignment cannot be changed now (${target.reason}).`);
    const base = target.kind === 'first' || !latest ? { text: '', files: [] as SubmissionFile[] } : { text: latest.text, files: latest.files };
    const removed = new Set(input.change.remove ?? []);
    const text = input.change.text ?? base.text;
    const files = [...base.files.filter((file) => !removed.has(file.path)), ...(input.change.add ?? [])];
    if (text.length > MAX_SUBMISSION_TEXT) throw new AppError('invalid:text-too-long', `The text is longer than ${MAX_SUBMISSION_TEXT} characters.`);
    if (files.length > MAX_SUBMISSION_FILES) throw new AppError('invalid:too-many-files', `Attach at most ${MAX_SUBMISSION_FILES} files.`);
    if (target.kind === 'current' && latest) {
      updateDraft(tx, latest.id, { text, files, now: input.now });
      return { submissionId: latest.id, versionNo: latest.versionNo, savedAt: input.now, files };
    }
    const versionNo = (latest?.versionNo ?? 0) + 1;
    const row = insertDraft(tx, { ...input, cohortId: cohort?.id ?? null, versionNo, text, files, now: input.now });
    return { submissionId: row.id, versionNo, savedAt: input.now, files };
  });
}

/**
 * Command: submits the open draft. What it holds must match what the
 * assignment asks for (text, files or both; 400 naming what is missing);
 * refused after the cohort closed and when there is no open draft (409). The
 * lateness is fixed now, against the cohort's due date.
 */
export function submitAssignment(input: SubmissionTarget & { now: Date }): { submissionId: number; versionNo: number; late: boolean } {
  return inTransaction((tx) => {
    const assignment = assignmentOf(tx, input);
    const latest = latestVersion(tx, input);
    if (!latest || latest.status !== 'draft') {
      const reason = latest?.status === 'submitted' ? 'awaiting-grade' : latest?.status === 'accepted' ? 'accepted' : 'no-draft';
      throw new AppError(`conflict:${reason}`, 'There is no draft to submit.');
    }
    if (closedFor(traineeCohortFor(tx, input.userId, input.moduleId), input.now)) throw new AppError('conflict:closed', 'This cohort has closed.');
    const problem = submissionProblem(assignment.submission, latest.text, latest.files.length);
    if (problem) throw new AppError(`invalid:${problem}`, `This submission cannot be sent (${problem}).`);
    const late = isLate(input.now, dueDateOf(tx, latest.cohortId, input.moduleId, input.assignmentKey));
    markSubmitted(tx, latest.id, { now: input.now, late });
    afterLearningChange(tx, { userId: input.userId, moduleId: input.moduleId, now: input.now });
    return { submissionId: latest.id, versionNo: latest.versionNo, late };
  });
}
