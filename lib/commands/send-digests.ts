import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { notifications, users } from '@/db/schema';
import { planDigests } from '@/lib/domain/digest';
import { queueEmail } from '@/lib/email/queue';
import { digestEmail } from '@/lib/notifications/emails';
import { inTransaction } from './transaction';

/**
 * Command: queues the daily digest of every user who has digest
 * notifications from before today (lib/domain/digest), and marks those
 * notifications digested, in one transaction: a crash leaves either both or
 * neither, so nobody gets a digest twice or loses one. Returns how many
 * digests were queued. Run by the periodic sweep and `npm run outbox:send`.
 */
export function sendDailyDigests(now: Date): number {
  return inTransaction((tx) => {
    const pending = tx
      .select({
        id: notifications.id,
        recipientId: notifications.recipientId,
        kind: notifications.kind,
        href: notifications.href,
        params: notifications.params,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        name: users.name,
        email: users.email,
        locale: users.preferredLanguage,
        active: users.active,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.recipientId))
      .where(and(eq(notifications.delivery, 'digest'), isNull(notifications.digestedAt)))
      .all();
    const plan = planDigests(pending, now);
    let queued = 0;
    for (const { recipientId, items } of plan.digests) {
      const [first] = items;
      if (!first?.active) continue;
      const recipient = { id: recipientId, name: first.name, email: first.email, locale: first.locale };
      queueEmail(tx, { ...digestEmail(recipient, items), recipientId, to: first.email, locale: first.locale, category: 'digest' }, now);
      queued += 1;
    }
    if (plan.settledIds.length > 0) tx.update(notifications).set({ digestedAt: now }).where(inArray(notifications.id, plan.settledIds)).run();
    return queued;
  });
}
