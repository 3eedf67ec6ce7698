/**
 * `npm run outbox:send`: queues the daily digests that are due and sends every
 * email due in the outbox, once, then exits. The server already does this
 * itself (instrumentation.ts); the script is for a cron job where the server
 * runs on several processes or is restarted often, and for operators. Safe to
 * run beside the server: each mail is claimed before it is sent.
 */
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase, type AppDatabase } from '@/db/connection';
import { sendDailyDigests } from '@/lib/commands/send-digests';
import { dispatchDueEmails } from '@/lib/email/dispatcher';
import { smtpConfigured } from '@/lib/email/queue';

async function main(): Promise<void> {
  const holder = globalThis as unknown as { __cioDb?: AppDatabase };
  holder.__cioDb = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
  try {
    const digests = sendDailyDigests(new Date());
    const result = await dispatchDueEmails();
    const mode = smtpConfigured() ? 'through SMTP' : 'none sent: SMTP_URL is not set, mail is kept at /admin/outbox';
    console.log(`${digests} digest(s) queued; ${result.sent} sent, ${result.failed} failed (retried later or given up), ${result.held} held (${mode}).`);
  } finally {
    holder.__cioDb.$client.close();
    delete holder.__cioDb;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
