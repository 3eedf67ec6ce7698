import 'server-only';
import { setLastActiveAt } from '@/db/queries/activity';
import { issueEarnedCertificates } from './certificates';
import { refreshStanding } from './standings';
import type { Tx } from './transaction';

/**
 * The follow-ups of every change a trainee makes to their own facts in a
 * module (a lesson completed, an attempt started or closed), in the
 * command's transaction and in this order: the stored standing first, then
 * the certificates it may have earned, then the trainee's last activity.
 */
export function afterLearningChange(tx: Tx, input: { userId: number; moduleId: number; now: Date }): void {
  refreshStanding(tx, input.userId, input.moduleId);
  issueEarnedCertificates(tx, input.userId, input.moduleId, input.now);
  setLastActiveAt(tx, input.userId, input.now);
}

/**
 * The follow-ups of a grade someone else gives a trainee's work (an
 * assignment accepted or returned): the stored standing, then the
 * certificates it may have earned. Not the trainee's activity.
 */
export function afterGradeChange(tx: Tx, input: { userId: number; moduleId: number; now: Date }): void {
  refreshStanding(tx, input.userId, input.moduleId);
  issueEarnedCertificates(tx, input.userId, input.moduleId, input.now);
}
