import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { AttendanceStatus } from '@/lib/domain/events';
import { getDb } from '../index';
import { cohortMembers, eventAttendance, users } from '../schema';
import { writeAudit } from './audit';

export interface AttendanceRow {
  userId: number;
  name: string;
  email: string;
  status: AttendanceStatus | null;
}

/** Every trainee of the cohort with what is recorded for the event (null: nothing yet). */
export function listEventAttendance(cohortId: number, eventId: number): AttendanceRow[] {
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, status: eventAttendance.status })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .leftJoin(eventAttendance, and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.userId, users.id)))
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, 'trainee')))
    .orderBy(asc(users.name))
    .all();
}

export type SaveAttendanceResult = { ok: true; saved: number } | { ok: false; notTrainee: number };

/**
 * Records attendance for an event in one transaction. Every user must be a
 * trainee of the event's cohort (checked inside the transaction); a changed
 * status overwrites the earlier one.
 */
export function saveAttendance(
  input: { cohortId: number; eventId: number; entries: { userId: number; status: AttendanceStatus }[] },
  actorId: number,
  now: Date,
): SaveAttendanceResult {
  return getDb().transaction((tx) => {
    const trainees = new Set(
      tx
        .select({ userId: cohortMembers.userId })
        .from(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, input.cohortId), eq(cohortMembers.role, 'trainee')))
        .all()
        .map((row) => row.userId),
    );
    const stranger = input.entries.find((entry) => !trainees.has(entry.userId));
    if (stranger) return { ok: false, notTrainee: stranger.userId };
    for (const entry of input.entries) {
      tx.insert(eventAttendance)
        .values({ eventId: input.eventId, userId: entry.userId, status: entry.status, recordedAt: now })
        .onConflictDoUpdate({ target: [eventAttendance.eventId, eventAttendance.userId], set: { status: entry.status, recordedAt: now } })
        .run();
    }
    const counts = Object.fromEntries(['present', 'absent', 'excused'].map((s) => [s, input.entries.filter((e) => e.status === s).length]));
    writeAudit({ actorId, action: 'event.attendance-recorded', targetType: 'event', targetId: input.eventId, details: counts }, tx);
    return { ok: true, saved: input.entries.length };
  });
}
