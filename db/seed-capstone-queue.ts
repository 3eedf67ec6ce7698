/**
 * The living cohort's capstone work that is still moving, so the grading
 * queue, its late filter and the trainees' capstone pages have something to
 * show on a fresh demo. Three trainees who have started the last module (none
 * of them signs in in an e2e spec) sent their action plan before finishing it:
 * - the cohort first set the capstone due eight days ago; Zarghona Stanikzai
 *   sent hers a day after it, so it is late and awaits its grade;
 * - two days later the manager moved the due date to the cohort's target
 *   date, as programmes often do, so later work is on time: Armen
 *   Petrosyan's awaits its grade, Jean-Pierre Kalo's was returned for revision.
 * Played through the commands in time order, so lateness is what the app
 * itself fixes when work is sent. Idempotent: nothing is played once the
 * cohort has a capstone due date.
 */
import { and, eq } from 'drizzle-orm';
import { dueDateOf } from '@/db/queries/assignment-submissions';
import type { SubmissionFile } from '@/db/schema';
import { saveAssignmentDraft, submitAssignment } from '@/lib/commands/assignment-work';
import { gradeAssignment } from '@/lib/commands/grade-assignment';
import { setAssignmentDueDate } from '@/lib/commands/set-assignment-due-date';
import type { AppDatabase } from './connection';
import { cohortMembers, cohorts, users } from './schema';

const DAY = 86_400_000;

/** Who sends what, and when, in days before the seed's "today". */
const work = [
  {
    email: 'zarghona.stanikzai@demo.example.org',
    sentDaysAgo: 7,
    text: 'Action plan for the Ministry of Education: our school results service is at the enhanced stage; the barriers are connectivity in remote provinces and paper sign-off rules; an SMS results service as a first transactional step.',
  },
  {
    email: 'armen.petrosyan@demo.example.org',
    sentDaysAgo: 2,
    text: 'Action plan for the Office of the Prime Minister: a CIO council chaired by the deputy prime minister, one sign-in for all ministries, and an open data portal with usage statistics from the first year.',
  },
  {
    email: 'jean.pierre.kalo@demo.example.org',
    sentDaysAgo: 4,
    text: 'Action plan: a new government network and a portal for all ministries.',
    revision: {
      levels: { diagnosis: 1, barriers: 0, leadership: 1, governance: 0, 'open-data': 1 },
      feedback: 'Place your current services at a stage first, then name the barriers and who must agree to each step.',
    },
  },
] as const;

interface CapstoneQueueContext {
  db: AppDatabase;
  now: Date;
  managerId: number;
  instructorId: number;
  cohortName: string;
  moduleId: number;
  assignmentKey: string;
  /** Stores the plan as an uploaded file and describes it, as the upload route would. */
  planFile: (userId: number, text: string) => SubmissionFile;
}

/** Plays the story once; returns how many pieces of work it sent (0 on a re-run or without the cohort). */
export function seedCapstoneQueue(context: CapstoneQueueContext): number {
  const { db, now, managerId, moduleId, assignmentKey } = context;
  const cohort = db.select({ id: cohorts.id, targetOn: cohorts.targetOn }).from(cohorts).where(eq(cohorts.name, context.cohortName)).get();
  if (!cohort || dueDateOf(db, cohort.id, moduleId, assignmentKey) !== null) return 0;
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const target = { cohortId: cohort.id, moduleId, assignmentKey, actorId: managerId };

  setAssignmentDueDate({ ...target, dueAt: daysAgo(8), now: daysAgo(40) });
  const [late, ...rest] = work;
  send(context, cohort.id, late);
  setAssignmentDueDate({ ...target, dueAt: new Date(`${cohort.targetOn}T12:00:00Z`), now: daysAgo(6) });
  for (const piece of rest) send(context, cohort.id, piece);
  return work.length;
}

function send(context: CapstoneQueueContext, cohortId: number, piece: (typeof work)[number]): void {
  const { db, now, moduleId, assignmentKey, instructorId } = context;
  const member = db
    .select({ id: users.id })
    .from(users)
    .innerJoin(cohortMembers, and(eq(cohortMembers.userId, users.id), eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, 'trainee')))
    .where(eq(users.email, piece.email))
    .get();
  if (!member) return;
  const sentAt = new Date(now.getTime() - piece.sentDaysAgo * DAY);
  const submission = { userId: member.id, moduleId, assignmentKey };
  saveAssignmentDraft({ ...submission, change: { text: piece.text, add: [context.planFile(member.id, piece.text)] }, now: new Date(sentAt.getTime() - 3_600_000) });
  const sent = submitAssignment({ ...submission, now: sentAt });
  if (!('revision' in piece)) return;
  const gradedAt = new Date(sentAt.getTime() + DAY);
  gradeAssignment({ submissionId: sent.submissionId, grader: { id: instructorId, role: 'instructor' }, levels: piece.revision.levels, decision: 'revise', feedback: piece.revision.feedback, now: gradedAt });
}
