import 'server-only';
import { eq } from 'drizzle-orm';
import { cohortMembers, cohorts, events } from '@/db/schema';
import { insertEvent, updateEventRow, type NewEvent } from '@/db/queries/events';
import { changeNeedsNotice } from '@/lib/domain/event-changes';
import { notify } from '@/lib/notifications/notify';
import { inTransaction, type Tx } from './transaction';

/**
 * Notifies every member of the event's cohort (trainees, instructors,
 * managers; not the actor). The time is stored as an instant and shown to
 * each reader in their own calendar and the cohort's time zone.
 */
function notifyCohort(tx: Tx, event: NewEvent, change: 'new' | 'changed', actorId: number, now: Date): void {
  const cohort = tx.select({ name: cohorts.name, timeZone: cohorts.timeZone }).from(cohorts).where(eq(cohorts.id, event.cohortId)).get();
  const members = tx.select({ userId: cohortMembers.userId }).from(cohortMembers).where(eq(cohortMembers.cohortId, event.cohortId)).all();
  notify(
    tx,
    {
      kind: 'event',
      recipientIds: members.map((member) => member.userId),
      actorId,
      href: '/learn',
      params: { title: event.title, cohort: cohort?.name ?? '', when: event.startsAt.toISOString(), timeZone: cohort?.timeZone ?? 'UTC', change },
    },
    now,
  );
}

/** Command: schedules an event in a cohort and, in the same transaction, notifies the cohort's members. */
export function scheduleEvent(input: NewEvent, actorId: number, now: Date): number {
  return inTransaction((tx) => {
    const id = insertEvent(tx, input, actorId);
    notifyCohort(tx, input, 'new', actorId, now);
    return id;
  });
}

/**
 * Command: changes an event of a cohort; when its title, time, place or link
 * changed (lib/domain/event-changes), the members are notified in the same
 * transaction. False when the event is not in that cohort.
 */
export function changeEvent(eventId: number, input: NewEvent, actorId: number, now: Date): boolean {
  return inTransaction((tx) => {
    const before = tx.select().from(events).where(eq(events.id, eventId)).get();
    if (!before || before.cohortId !== input.cohortId) return false;
    const { cohortId: _cohortId, ...details } = input;
    updateEventRow(tx, eventId, details, actorId);
    if (changeNeedsNotice(before, input)) notifyCohort(tx, input, 'changed', actorId, now);
    return true;
  });
}
