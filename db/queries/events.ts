import 'server-only';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { EventKind } from '@/lib/domain/events';
import { getDb } from '../index';
import { cohortMembers, cohorts, events } from '../schema';
import { writeAudit } from './audit';
import type { SyncDatabase } from './module-draft';

export interface EventRow {
  id: number;
  cohortId: number;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  location: string;
  url: string;
  description: string;
}

/** An event with the name and time zone of its cohort. */
export interface EventWithCohort extends EventRow {
  cohortName: string;
  timeZone: string;
}

const eventColumns = {
  id: events.id,
  cohortId: events.cohortId,
  title: events.title,
  kind: events.kind,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  location: events.location,
  url: events.url,
  description: events.description,
};

const withCohort = { ...eventColumns, cohortName: cohorts.name, timeZone: cohorts.timeZone };

export interface NewEvent {
  cohortId: number;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  location: string;
  url: string;
  description: string;
}

/** Inserts an event and audits it in the caller's transaction. Returns the new id. */
export function insertEvent(tx: SyncDatabase, input: NewEvent, actorId: number): number {
  const row = tx.insert(events).values(input).returning({ id: events.id }).get();
  writeAudit(
    { actorId, action: 'event.created', targetType: 'event', targetId: row.id, details: { cohortId: input.cohortId, title: input.title, startsAt: input.startsAt.toISOString() } },
    tx,
  );
  return row.id;
}

/** Replaces an event's details and audits the change in the caller's transaction. */
export function updateEventRow(tx: SyncDatabase, id: number, input: Omit<NewEvent, 'cohortId'>, actorId: number): void {
  tx.update(events).set(input).where(eq(events.id, id)).run();
  writeAudit({ actorId, action: 'event.changed', targetType: 'event', targetId: id, details: { title: input.title, startsAt: input.startsAt.toISOString() } }, tx);
}

/** Schedules an event and audits it, notifying nobody (the demo seed's past events). Returns the new id. */
export function createEvent(input: NewEvent, actorId: number): number {
  return getDb().transaction((tx) => insertEvent(tx, input, actorId));
}

/** A cohort's events, soonest first. */
export function listCohortEvents(cohortId: number): EventRow[] {
  return getDb().select(eventColumns).from(events).where(eq(events.cohortId, cohortId)).orderBy(asc(events.startsAt), asc(events.id)).all();
}

/** One event with its cohort, or null. */
export function getEvent(id: number): EventWithCohort | null {
  return getDb().select(withCohort).from(events).innerJoin(cohorts, eq(cohorts.id, events.cohortId)).where(eq(events.id, id)).get() ?? null;
}

/** Events not yet over in every cohort the user belongs to, soonest first. */
export function listUpcomingEventsFor(userId: number, now: Date, limit = 10): EventWithCohort[] {
  const db = getDb();
  const mine = db.select({ id: cohortMembers.cohortId }).from(cohortMembers).where(eq(cohortMembers.userId, userId));
  return db
    .select(withCohort)
    .from(events)
    .innerJoin(cohorts, eq(cohorts.id, events.cohortId))
    .where(and(inArray(events.cohortId, mine), gt(events.endsAt, now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit)
    .all();
}
