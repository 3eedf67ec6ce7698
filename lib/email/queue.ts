import 'server-only';
import { emailOutbox } from '@/db/schema';
import type { Tx } from '@/lib/commands/transaction';
import type { OutboxCategory } from '@/lib/domain/outbox';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import type { ComposedEmail } from './compose';

export interface QueuedEmail extends ComposedEmail {
  recipientId: number | null;
  to: string;
  locale: Locale;
  category: OutboxCategory;
}

const holder = globalThis as unknown as { __cioOutboxListener?: () => void };

/**
 * Called (once per queued email) when mail is queued; the server sets it to kick the dispatcher.
 * Kept on globalThis because instrumentation and route handlers are separate bundles.
 */
export function onEmailQueued(listener: (() => void) | undefined): void {
  holder.__cioOutboxListener = listener;
}

/** Whether an SMTP server is configured; without one, mail is kept in the outbox for administrators. */
export function smtpConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}

/**
 * Puts an email in the outbox inside the caller's transaction, so it exists
 * exactly when the change that caused it was saved. Nothing is sent here: the
 * listener is run with setImmediate, which comes after the synchronous
 * transaction has committed (or rolled back, leaving nothing to send).
 */
export function queueEmail(tx: Tx, email: QueuedEmail, now: Date): void {
  tx.insert(emailOutbox)
    .values({
      recipientId: email.recipientId,
      toAddress: email.to,
      locale: email.locale,
      category: email.category,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      status: smtpConfigured() ? 'pending' : 'held',
      nextAttemptAt: now,
      createdAt: now,
    })
    .run();
  const listener = holder.__cioOutboxListener;
  if (listener) setImmediate(listener);
}
