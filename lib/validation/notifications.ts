import { z } from 'zod';
import { notificationDeliveries, notificationKinds, type NotificationKind } from '@/lib/domain/notification-kinds';

const delivery = z.enum(notificationDeliveries, { error: 'invalid' });

/** The profile's notification settings: one delivery per kind, every kind required. Messages are keys under `notifications.preferences`. */
export const notificationPreferencesSchema = z.object(
  Object.fromEntries(notificationKinds.map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>,
);

/** A notification (or outbox email) chosen by id from a list. */
export const idSchema = z.object({ id: z.coerce.number().int().positive() });

/** Pages of a list, from 1; anything else is page 1. */
export const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The token of an unsubscribe link, checked for its form here and for its signature by lib/domain/unsubscribe-token. */
export const unsubscribeSchema = z.object({ token: z.string().trim().min(1).max(200) });
