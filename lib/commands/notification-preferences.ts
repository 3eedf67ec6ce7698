import 'server-only';
import { saveDeliveryChoices, userExists } from '@/db/queries/notification-recipients';
import { notificationKinds, type NotificationDelivery, type NotificationKind } from '@/lib/domain/notification-kinds';
import type { UnsubscribeClaim } from '@/lib/domain/unsubscribe-token';
import { inTransaction } from './transaction';

/** Command: stores how the user wants each kind of notification delivered. */
export function setNotificationDeliveries(userId: number, choices: Record<NotificationKind, NotificationDelivery>, now: Date): void {
  inTransaction((tx) => saveDeliveryChoices(tx, userId, choices, now));
}

/**
 * Command: an unsubscribe link was confirmed: the kind it names (or every
 * kind) becomes in-app only. The token was verified by the caller; false when
 * its account no longer exists.
 */
export function unsubscribe(claim: UnsubscribeClaim, now: Date): boolean {
  return inTransaction((tx) => {
    if (!userExists(tx, claim.userId)) return false;
    const kinds: readonly NotificationKind[] = claim.scope === 'all' ? notificationKinds : [claim.scope];
    saveDeliveryChoices(tx, claim.userId, Object.fromEntries(kinds.map((kind) => [kind, 'in-app'])), now);
    return true;
  });
}
