import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { roles } from '../../lib/domain/permissions';
import { locales } from '../../lib/i18n/config';
import { createdAt, id, timestamp } from './columns';
import { cohorts } from './cohorts';

export const users = sqliteTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull().default('trainee'),
    country: text('country').notNull().default(''),
    ministry: text('ministry').notNull().default(''),
    jobTitle: text('job_title').notNull().default(''),
    /** An offered interface locale (lib/i18n/config); migration 0005 mapped older codes. */
    preferredLanguage: text('preferred_language', { enum: locales }).notNull().default('en'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Carried in every session token; bumped by sign-out, deactivation and a password change, so older tokens stop working. */
    sessionVersion: integer('session_version').notNull().default(0),
    /** SHA-256 of a one-time set-password token; the token itself is shown once and never stored. */
    setPasswordTokenHash: text('set_password_token_hash'),
    setPasswordExpiresAt: timestamp('set_password_expires_at'),
    /** Who created the account, and in which cohort's enrolment: only they may hand out its set-password link (lib/domain/account-links). */
    createdById: integer('created_by_id').references((): AnySQLiteColumn => users.id, { onDelete: 'set null' }),
    createdInCohortId: integer('created_in_cohort_id').references((): AnySQLiteColumn => cohorts.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
    lastActiveAt: timestamp('last_active_at'),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_role_idx').on(t.role), index('users_country_idx').on(t.country)],
);

/** Failed sign-ins per throttle key (account+client, client, account, global): see lib/domain/sign-in-throttle. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  firstFailureAt: timestamp('first_failure_at').notNull(),
  lastFailureAt: timestamp('last_failure_at').notNull(),
});

/** Clients (by address) that signed in to an account successfully: not held by that account's throttle. */
export const knownSignInClients = sqliteTable('known_sign_in_clients', {
  key: text('key').primaryKey(),
  lastSuccessAt: timestamp('last_success_at').notNull(),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: id(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt), index('audit_log_target_idx').on(t.targetType, t.targetId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
