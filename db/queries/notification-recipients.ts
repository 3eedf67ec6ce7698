import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { NotificationDelivery, NotificationKind } from '@/lib/domain/notification-kinds';
import type { Locale } from '@/lib/i18n/config';
import { getDb } from '../index';
import type { SyncDatabase } from './module-draft';
import { notificationPreferences, users } from '../schema';

export interface NotificationRecipient {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  active: boolean;
  chosen: Partial<Record<NotificationKind, NotificationDelivery>>;
}

/** The people to notify with their language and delivery choices, by id. */
export function loadNotificationRecipients(db: SyncDatabase, ids: readonly number[]): Map<number, NotificationRecipient> {
  const result = new Map<number, NotificationRecipient>();
  if (ids.length === 0) return result;
  const unique = [...new Set(ids)];
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.preferredLanguage, active: users.active })
    .from(users)
    .where(inArray(users.id, unique))
    .all();
  for (const row of rows) result.set(row.id, { ...row, chosen: {} });
  const choices = db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, unique)).all();
  for (const choice of choices) {
    const recipient = result.get(choice.userId);
    if (recipient) recipient.chosen[choice.kind] = choice.delivery;
  }
  return result;
}

/** A user's stored choices (kinds without a row keep their default). */
export function loadDeliveryChoices(db: SyncDatabase, userId: number): Partial<Record<NotificationKind, NotificationDelivery>> {
  const rows = db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).all();
  return Object.fromEntries(rows.map((row) => [row.kind, row.delivery]));
}

/** The signed-in user's stored choices, for the profile page. */
export function deliveryChoicesOf(userId: number): Partial<Record<NotificationKind, NotificationDelivery>> {
  return loadDeliveryChoices(getDb(), userId);
}

/** Stores a user's choice for some kinds, replacing earlier ones. */
export function saveDeliveryChoices(db: SyncDatabase, userId: number, choices: Partial<Record<NotificationKind, NotificationDelivery>>, now: Date): void {
  for (const [kind, delivery] of Object.entries(choices) as [NotificationKind, NotificationDelivery][]) {
    db.insert(notificationPreferences)
      .values({ userId, kind, delivery, updatedAt: now })
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery, updatedAt: now } })
      .run();
  }
}

/** Whether a user id exists (an unsubscribe token can outlive its account). */
export function userExists(db: SyncDatabase, userId: number): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get() !== undefined;
}
