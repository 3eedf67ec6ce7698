import 'server-only';
import { getDb } from '@/db';
import { dueDateOf, listVersions, traineeCohortFor } from '@/db/queries/assignment-submissions';
import { getPublishedAssignment } from '@/db/queries/published-assignments';
import type { PublishedModule } from '@/db/queries/published';
import { cohortClosesAt, isClosed, isOverdue } from '@/lib/domain/assignments/schedule';
import { draftTarget } from '@/lib/domain/assignments/submission';

/**
 * What the trainee's assignment page shows: the published assignment, the
 * cohort's due date and time zone, every version (newest first), and whether
 * a draft may be written now. Reads only.
 */
export function traineeAssignmentView(userId: number, module: PublishedModule, key: string, now: Date) {
  const assignment = getPublishedAssignment(module.versionId, key);
  if (!assignment) return null;
  const db = getDb();
  const cohort = traineeCohortFor(db, userId, module.id);
  const versions = listVersions({ userId, moduleId: module.id, assignmentKey: key });
  const latest = versions[0] ?? null;
  const dueAt = dueDateOf(db, cohort?.id ?? null, module.id, key);
  const closed = cohort !== null && isClosed(cohortClosesAt(cohort.endsOn, cohort.timeZone), now);
  const target = draftTarget(latest, closed);
  return {
    assignment,
    timeZone: cohort?.timeZone ?? 'UTC',
    dueAt,
    overdue: isOverdue(latest?.status ?? null, dueAt, now),
    versions,
    latest,
    editable: target.kind !== 'refused',
    refusal: target.kind === 'refused' ? target.reason : null,
    /** The text and files the next save starts from. */
    working: latest && target.kind !== 'refused' ? { text: latest.text, files: latest.files } : { text: '', files: [] },
  };
}

export type TraineeAssignmentView = NonNullable<ReturnType<typeof traineeAssignmentView>>;
