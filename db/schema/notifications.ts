import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { notificationDeliveries, notificationKinds } from '../../lib/domain/notification-kinds';
import { outboxCategories, outboxStatuses } from '../../lib/domain/outbox';
import { locales } from '../../lib/i18n/config';
import { createdAt, id, timestamp } from './columns';
import { users } from './users';

/** In-app notifications: the text is rendered when shown, in the viewer's language, from kind + params. */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    recipientId: integer('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** An app path, e.g. /modules/x/lessons/y#post-12. */
    href: text('href').notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    /** The recipient's delivery for this kind when it was recorded; 'digest' ones wait for the daily digest. */
    delivery: text('delivery', { enum: notificationDeliveries }).notNull(),
    digestedAt: timestamp('digested_at'),
    createdAt: createdAt(),
    readAt: timestamp('read_at'),
  },
  (t) => [
    index('notifications_recipient_created_idx').on(t.recipientId, t.createdAt),
    index('notifications_recipient_unread_idx').on(t.recipientId, t.readAt),
    index('notifications_digest_idx').on(t.delivery, t.digestedAt),
  ],
);

/** A user's choice per kind; a kind without a row has its default (lib/domain/notification-kinds). */
export const notificationPreferences = sqliteTable(
  'notification_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    delivery: text('delivery', { enum: notificationDeliveries }).notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** The durable email outbox: rendered when queued (in the command's transaction), sent after commit. */
export const emailOutbox = sqliteTable(
  'email_outbox',
  {
    id: id(),
    recipientId: integer('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    locale: text('locale', { enum: locales }).notNull(),
    category: text('category', { enum: outboxCategories }).notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status', { enum: outboxStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at').notNull(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [index('email_outbox_due_idx').on(t.status, t.nextAttemptAt), index('email_outbox_created_idx').on(t.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
export type OutboxEmail = typeof emailOutbox.$inferSelect;
