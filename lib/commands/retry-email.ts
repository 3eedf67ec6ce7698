import 'server-only';
import { eq } from 'drizzle-orm';
import { writeAudit } from '@/db/queries/audit';
import { emailOutbox } from '@/db/schema';
import { mayRetry } from '@/lib/domain/outbox';
import { smtpConfigured } from '@/lib/email/queue';
import { inTransaction } from './transaction';

export type RetryResult = 'queued' | 'not-found' | 'not-retriable';

/**
 * Command: an administrator sends a failed or held email again: its attempt
 * count starts over and it is due at once (held again when there is still no
 * SMTP server). Audited. The dispatcher picks it up after commit.
 */
export function retryEmail(id: number, actorId: number, now: Date): RetryResult {
  return inTransaction((tx) => {
    const mail = tx.select({ status: emailOutbox.status, to: emailOutbox.toAddress }).from(emailOutbox).where(eq(emailOutbox.id, id)).get();
    if (!mail) return 'not-found';
    if (!mayRetry(mail.status)) return 'not-retriable';
    tx.update(emailOutbox)
      .set({ status: smtpConfigured() ? 'pending' : 'held', attempts: 0, nextAttemptAt: now, lastError: null })
      .where(eq(emailOutbox.id, id))
      .run();
    writeAudit({ actorId, action: 'email.retried', targetType: 'email', targetId: id, details: { to: mail.to } }, tx);
    return 'queued';
  });
}
