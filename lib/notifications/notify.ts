import 'server-only';
import { notifications } from '@/db/schema';
import { loadNotificationRecipients } from '@/db/queries/notification-recipients';
import type { Tx } from '@/lib/commands/transaction';
import { deliveryFor, planNotifications, type NotificationKind } from '@/lib/domain/notification-kinds';
import { queueEmails, type QueuedEmail } from '@/lib/email/queue';
import type { Locale } from '@/lib/i18n/config';
import { notificationEmail } from './emails';
import { notificationText } from './kinds';
import { notificationsTranslator } from './translator';

export { notificationKinds, type NotificationKind } from '@/lib/domain/notification-kinds';

export interface NotificationInput {
  kind: NotificationKind;
  /** The actor is skipped; duplicates collapse. */
  recipientIds: readonly number[];
  actorId: number | null;
  /** The app path the notification opens, e.g. /modules/x/lessons/y#post-12. */
  href: string;
  /** Plain values for the message of this kind (notifications.kinds.<kind>), e.g. { actor, title }. */
  params: Record<string, string>;
  /**
   * Inputs sharing a key notify each person once between them, under the most
   * personal kind (a mention over a reply, a reply over a followed thread).
   */
  dedupeKey?: string;
}

/**
 * Records in-app notifications and queues email (per each recipient's
 * preference) in the caller's transaction. Deactivated accounts get neither.
 * 'digest' notifications wait for the daily digest (lib/commands/send-digests).
 */
export function notify(tx: Tx, input: NotificationInput | readonly NotificationInput[], now: Date = new Date()): void {
  const inputs: readonly NotificationInput[] = Array.isArray(input) ? input : [input as NotificationInput];
  const planned = planNotifications(inputs.map(({ kind, recipientIds, actorId, dedupeKey, href, params }) => ({ kind, recipientIds, actorId, dedupeKey, payload: { href, params } })));
  if (planned.length === 0) return;
  const recipients = loadNotificationRecipients(tx, planned.map((p) => p.recipientId));
  // A payload's text depends only on the language: formatted once per payload and language.
  const texts = new Map<NotificationInput['params'], Map<string, string>>();
  const textFor = (kind: NotificationKind, params: NotificationInput['params'], locale: Locale) => {
    const byLocale = texts.get(params) ?? new Map<string, string>();
    texts.set(params, byLocale);
    const text = byLocale.get(locale) ?? notificationText(notificationsTranslator(locale), locale, kind, params);
    byLocale.set(locale, text);
    return text;
  };
  const rows: (typeof notifications.$inferInsert)[] = [];
  const emails: QueuedEmail[] = [];
  for (const { kind, recipientId, actorId, payload } of planned) {
    const recipient = recipients.get(recipientId);
    if (!recipient?.active) continue;
    const delivery = deliveryFor(kind, recipient.chosen);
    rows.push({ recipientId, kind, actorId, href: payload.href, params: payload.params, delivery, createdAt: now });
    if (delivery !== 'email') continue;
    const email = notificationEmail(recipient, kind, payload.href, textFor(kind, payload.params, recipient.locale));
    emails.push({ ...email, recipientId, to: recipient.email, locale: recipient.locale, category: 'notification' });
  }
  // Batched: an event in a large cohort notifies hundreds of people in this one transaction.
  for (let start = 0; start < rows.length; start += 200) tx.insert(notifications).values(rows.slice(start, start + 200)).run();
  queueEmails(tx, emails, now);
}
