import 'server-only';
import { eq } from 'drizzle-orm';
import { cohortMembers, cohorts } from '@/db/schema';
import { insertEvent, type NewEvent } from '@/db/queries/events';
import { notify } from '@/lib/notifications/notify';
import { inTransaction } from './transaction';

/**
 * Command: schedules an event in a cohort and, in the same transaction,
 * notifies every member of the cohort (trainees, instructors, managers; not
 * the one who scheduled it). The time is stored as an instant and shown to
 * each reader in their own calendar and the cohort's time zone.
 */
export function scheduleEvent(input: NewEvent, actorId: number, now: Date): number {
  return inTransaction((tx) => {
    const id = insertEvent(tx, input, actorId);
    const cohort = tx.select({ name: cohorts.name, timeZone: cohorts.timeZone }).from(cohorts).where(eq(cohorts.id, input.cohortId)).get();
    const members = tx.select({ userId: cohortMembers.userId }).from(cohortMembers).where(eq(cohortMembers.cohortId, input.cohortId)).all();
    notify(
      tx,
      {
        kind: 'event',
        recipientIds: members.map((member) => member.userId),
        actorId,
        href: '/learn',
        params: { title: input.title, cohort: cohort?.name ?? '', when: input.startsAt.toISOString(), timeZone: cohort?.timeZone ?? 'UTC' },
      },
      now,
    );
    return id;
  });
}
