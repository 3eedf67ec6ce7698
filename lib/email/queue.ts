import 'server-only';
import { emailOutbox } from '@/db/schema';
import type { Tx } from '@/lib/commands/transaction';
import type { OutboxCategory, OutboxStatus } from '@/lib/domain/outbox';
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
 * Called (once per transaction step that queued mail) when mail is queued; the server sets it to kick the dispatcher.
 * Kept on globalThis because instrumentation and route handlers are separate bundles.
 */
export function onEmailQueued(listener: (() => void) | undefined): void {
  holder.__cioOutboxListener = listener;
}

/** Whether an SMTP server is configured; without one, mail is kept in the outbox for administrators. */
export function smtpConfigured(): boolean {
  return env().SMTP_URL !== undefined;
}

/** Rows per INSERT: well under SQLite's limit on bound variables. */
const CHUNK = 200;

/**
 * Puts emails in the outbox inside the caller's transaction, so they exist
 * exactly when the change that caused them was saved. Nothing is sent here:
 * the listener is run with setImmediate, which comes after the synchronous
 * transaction has committed (or rolled back, leaving nothing to send).
 */
export function queueEmails(tx: Tx, emails: readonly QueuedEmail[], now: Date): void {
  if (emails.length === 0) return;
  const status: OutboxStatus = smtpConfigured() ? 'pending' : 'held';
  for (let start = 0; start < emails.length; start += CHUNK) {
    const rows = emails.slice(start, start + CHUNK).map((email) => ({
      recipientId: email.recipientId,
      toAddress: email.to,
      locale: email.locale,
      category: email.category,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      status,
      nextAttemptAt: now,
      createdAt: now,
    }));
    tx.insert(emailOutbox).values(rows).run();
  }
  const listener = holder.__cioOutboxListener;
  if (listener) setImmediate(listener);
}

/** queueEmails for one email. */
export function queueEmail(tx: Tx, email: QueuedEmail, now: Date): void {
  queueEmails(tx, [email], now);
}
