import 'server-only';
import { and, asc, eq, lte } from 'drizzle-orm';
import { getDb } from '@/db/index';
import { emailOutbox } from '@/db/schema';
import { afterSendAttempt } from '@/lib/domain/outbox';
import { smtpSender, type SendEmail } from './mailer';

/** How long a claimed mail is kept from other dispatchers (another process) while it is being sent. */
const CLAIM_MS = 5 * 60_000;
const BATCH = 20;

export interface DispatchResult {
  sent: number;
  failed: number;
  held: number;
}

/**
 * Claims a due mail by moving its next attempt past the send, so a second
 * dispatcher (the `outbox:send` script beside the server) skips it. True when
 * this dispatcher got it.
 */
function claim(id: number, now: Date): boolean {
  return (
    getDb()
      .update(emailOutbox)
      .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
      .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
      .run().changes === 1
  );
}

/**
 * Sends the mail that is due, outside any request transaction: each mail is
 * claimed, sent, then its outcome stored (sent; retry later with backoff; or
 * given up, keeping the last error). Without an SMTP server, due mail is
 * marked held for administrators to read. `now` and `send` are injectable for tests.
 */
export async function dispatchDueEmails(options: { now?: () => Date; send?: SendEmail | null } = {}): Promise<DispatchResult> {
  const now = options.now ?? (() => new Date());
  const send = options.send === undefined ? smtpSender() : options.send;
  const result: DispatchResult = { sent: 0, failed: 0, held: 0 };
  const db = getDb();
  if (!send) {
    result.held = db.update(emailOutbox).set({ status: 'held' }).where(eq(emailOutbox.status, 'pending')).run().changes;
    return result;
  }
  for (;;) {
    const due = db
      .select({ id: emailOutbox.id, attempts: emailOutbox.attempts, to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.textBody, html: emailOutbox.htmlBody })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now())))
      .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
      .limit(BATCH)
      .all();
    const claimed = due.filter((mail) => claim(mail.id, now()));
    if (claimed.length === 0) return result;
    for (const mail of claimed) {
      const outcome = await send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      const update = afterSendAttempt(mail.attempts, outcome, now());
      db.update(emailOutbox).set(update).where(eq(emailOutbox.id, mail.id)).run();
      if (update.status === 'sent') result.sent += 1;
      else result.failed += 1;
    }
  }
}

const state = globalThis as unknown as { __cioDispatch?: { running: boolean; again: boolean } };

/**
 * Runs the dispatcher now unless it is already running (then once more when
 * it finishes), so a burst of queued mail (a CSV of 200 trainees) is one pass.
 * Errors are logged, never thrown: the periodic sweep tries again.
 */
export function kickDispatcher(): void {
  state.__cioDispatch ??= { running: false, again: false };
  const flags = state.__cioDispatch;
  if (flags.running) {
    flags.again = true;
    return;
  }
  flags.running = true;
  void dispatchDueEmails()
    .catch((error: unknown) => console.error('[outbox] dispatch failed', error))
    .finally(() => {
      flags.running = false;
      if (flags.again) {
        flags.again = false;
        kickDispatcher();
      }
    });
}
