/**
 * Rules of the email outbox: a mail is queued in the transaction of the
 * change that caused it and sent after commit; a failed send is retried with
 * exponential backoff and given up after a fixed number of attempts.
 */

/**
 * pending: waiting to be sent (again); sent: accepted by the SMTP server;
 * failed: given up after MAX_SEND_ATTEMPTS; held: kept here because no SMTP
 * server is configured (the demo default), readable at /admin/outbox.
 */
export const outboxStatuses = ['pending', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** What caused a mail, for the administrator's list. */
export const outboxCategories = ['set-password', 'notification', 'digest'] as const;
export type OutboxCategory = (typeof outboxCategories)[number];

export const MAX_SEND_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/**
 * The wait after the n-th failed attempt (n ≥ 1): one minute, doubling each
 * time, never more than six hours, so eight attempts span about four hours.
 */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
}

export type SendOutcome = { ok: true } | { ok: false; error: string };

export type OutboxUpdate =
  | { status: 'sent'; attempts: number; sentAt: Date; lastError: null }
  | { status: 'pending'; attempts: number; nextAttemptAt: Date; lastError: string }
  | { status: 'failed'; attempts: number; lastError: string };

/** What an attempt to send changes on an outbox row: sent, retry later, or give up keeping the last error. */
export function afterSendAttempt(previousAttempts: number, outcome: SendOutcome, now: Date): OutboxUpdate {
  const attempts = previousAttempts + 1;
  if (outcome.ok) return { status: 'sent', attempts, sentAt: now, lastError: null };
  if (attempts >= MAX_SEND_ATTEMPTS) return { status: 'failed', attempts, lastError: outcome.error };
  return { status: 'pending', attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), lastError: outcome.error };
}

/** Only a mail that is not on its way may be retried by an administrator; a retry starts the count again. */
export function mayRetry(status: OutboxStatus): boolean {
  return status === 'failed' || status === 'held';
}
