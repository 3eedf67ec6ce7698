import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { programmes } from './content';
import { cohortRoles } from '../../lib/domain/cohort-rules';
import { attendanceStatuses, eventKinds } from '../../lib/domain/events';
import { users } from './users';

export { attendanceStatuses, cohortRoles, eventKinds };

export const cohorts = sqliteTable(
  'cohorts',
  {
    id: id(),
    name: text('name').notNull(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programmes.id),
    /** Calendar dates as YYYY-MM-DD in the cohort's time zone. */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    targetOn: text('target_on').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('cohorts_programme_idx').on(t.programmeId)],
);

export const cohortMembers = sqliteTable(
  'cohort_members',
  {
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: cohortRoles }).notNull().default('trainee'),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index('cohort_members_user_idx').on(t.userId)],
);

export const events = sqliteTable(
  'events',
  {
    id: id(),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    startsAt: timestamp('starts_at').notNull(),
    endsAt: timestamp('ends_at').notNull(),
    location: text('location').notNull().default(''),
    url: text('url').notNull().default(''),
    description: text('description').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('events_cohort_start_idx').on(t.cohortId, t.startsAt)],
);

export const eventAttendance = sqliteTable(
  'event_attendance',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    recordedAt: timestamp('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_attendance_user_idx').on(t.userId)],
);

export type Cohort = typeof cohorts.$inferSelect;
export type CohortEvent = typeof events.$inferSelect;
