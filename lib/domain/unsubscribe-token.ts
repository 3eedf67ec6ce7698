/**
 * Unsubscribe links that work without signing in: the link names a user and
 * a notification kind (or every kind) and carries an HMAC-SHA256 of both under
 * the app's secret, so nobody can forge one for someone else. The links do not
 * expire: an old email's unsubscribe link should still work.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from './notification-kinds';

export type UnsubscribeScope = NotificationKind | 'all';

export interface UnsubscribeClaim {
  userId: number;
  scope: UnsubscribeScope;
}

const FORMAT = /^([1-9][0-9]{0,15})\.([a-z-]{1,40})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, claim: UnsubscribeClaim): string {
  return createHmac('sha256', secret).update(`unsubscribe:${claim.userId}:${claim.scope}`, 'utf8').digest('base64url');
}

/** The token for a link: `<userId>.<scope>.<signature>`, URL-safe as it is. */
export function signUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.scope}.${signature(secret, claim)}`;
}

/** The claim of a genuine token, or null for anything malformed, altered or signed with another secret. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const match = FORMAT.exec(token.trim());
  if (!match) return null;
  const [, id = '', scope = '', given = ''] = match;
  if (scope !== 'all' && !isNotificationKind(scope)) return null;
  const claim: UnsubscribeClaim = { userId: Number(id), scope };
  const expected = Buffer.from(signature(secret, claim));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received) ? claim : null;
}
