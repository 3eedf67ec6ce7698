import 'server-only';
import { setLastActiveAt } from '@/db/queries/activity';
import type { StoredStanding } from '@/lib/domain/module-standing';
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
  checkCertificates(tx, input, refreshStanding(tx, input.userId, input.moduleId));
  setLastActiveAt(tx, input.userId, input.now);
}

/**
 * Looks for earned certificates only when the module is complete after the
 * change. A programme's certificate needs every required module complete: if
 * this one is not, or it does not count for the programme, the change cannot
 * have completed the programme (whatever completed it before issued the
 * certificate then). Most writes (a lesson of an unfinished module) skip the
 * programme queries.
 */
function checkCertificates(tx: Tx, input: { userId: number; moduleId: number; now: Date }, standing: StoredStanding | null): void {
  if (standing?.complete) issueEarnedCertificates(tx, input.userId, input.moduleId, input.now);
}

/**
 * The follow-ups of a grade someone else gives a trainee's work (an
 * assignment accepted or returned): the stored standing, then the
 * certificates it may have earned. Not the trainee's activity.
 */
export function afterGradeChange(tx: Tx, input: { userId: number; moduleId: number; now: Date }): void {
  checkCertificates(tx, input, refreshStanding(tx, input.userId, input.moduleId));
}
