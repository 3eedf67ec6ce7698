/**
 * The vocabulary of notifications: what kinds exist, how each user may have
 * them delivered, and which kind wins when one event would notify the same
 * person twice. Pure: the schema and lib/notifications import it.
 */

export const notificationKinds = ['reply', 'mention', 'followed-thread', 'announcement', 'event'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** In-app only, an email as it happens, or one email a day with everything since the last one. */
export const notificationDeliveries = ['in-app', 'email', 'digest'] as const;
export type NotificationDelivery = (typeof notificationDeliveries)[number];

/**
 * What a user gets before choosing: things addressed to them (a reply, a
 * mention, an announcement, an event in their cohort) by email at once; the
 * chatter of threads they merely follow once a day.
 */
const defaultDeliveries: Record<NotificationKind, NotificationDelivery> = {
  reply: 'email',
  mention: 'email',
  'followed-thread': 'digest',
  announcement: 'email',
  event: 'email',
};

/** The delivery of a kind for a user: their stored choice, else the default for that kind. */
export function deliveryFor(kind: NotificationKind, chosen: Partial<Record<NotificationKind, NotificationDelivery>>): NotificationDelivery {
  return chosen[kind] ?? defaultDeliveries[kind];
}

/** Every kind with the delivery a user has for it, in the order the profile lists them. */
export function deliveriesFor(chosen: Partial<Record<NotificationKind, NotificationDelivery>>): Record<NotificationKind, NotificationDelivery> {
  return Object.fromEntries(notificationKinds.map((kind) => [kind, deliveryFor(kind, chosen)])) as Record<NotificationKind, NotificationDelivery>;
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/**
 * When one action would notify a person under several kinds (a post that
 * replies to them AND mentions them), the most personal kind wins: a mention
 * over a reply, a reply over a followed thread.
 */
const priority: Record<NotificationKind, number> = { mention: 5, reply: 4, announcement: 3, event: 2, 'followed-thread': 1 };

export interface NotificationRequest<T> {
  kind: NotificationKind;
  recipientIds: readonly number[];
  actorId: number | null;
  /** Requests sharing a key notify each person at most once between them. */
  dedupeKey?: string;
  payload: T;
}

export interface PlannedNotification<T> {
  kind: NotificationKind;
  recipientId: number;
  actorId: number | null;
  payload: T;
}

/**
 * One notification per person per request (or per dedupe key, keeping the
 * highest-priority kind), never to the person who acted. Keeps the order in
 * which people were first named, so the result is stable.
 */
export function planNotifications<T>(requests: readonly NotificationRequest<T>[]): PlannedNotification<T>[] {
  const chosen = new Map<string, PlannedNotification<T>>();
  requests.forEach((request, index) => {
    const group = request.dedupeKey ?? `#${index}`;
    for (const recipientId of request.recipientIds) {
      if (recipientId === request.actorId) continue;
      const slot = `${group}\u0000${recipientId}`;
      const current = chosen.get(slot);
      if (current && priority[current.kind] >= priority[request.kind]) continue;
      chosen.set(slot, { kind: request.kind, recipientId, actorId: request.actorId, payload: request.payload });
    }
  });
  return [...chosen.values()];
}
