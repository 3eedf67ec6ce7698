import 'server-only';
import { sendDailyDigests } from '@/lib/commands/send-digests';
import { kickDispatcher } from './dispatcher';
import { onEmailQueued } from './queue';

/** How often the server looks for mail due again (retries) and for digests due today. */
export const SWEEP_INTERVAL_MS = 30_000;

const state = globalThis as unknown as { __cioOutboxSweep?: NodeJS.Timeout };

/** One sweep: queue today's digests, then send what is due. Errors are logged; the next sweep tries again. */
export function sweepOutbox(now: Date = new Date()): void {
  try {
    sendDailyDigests(now);
  } catch (error) {
    console.error('[outbox] digest run failed', error);
  }
  kickDispatcher();
}

/**
 * Started once per server process (instrumentation.ts): mail queued by a
 * command is sent right after its transaction commits, and a periodic sweep
 * sends retries when their backoff has passed and the daily digests.
 */
export function startOutboxSweep(): void {
  if (state.__cioOutboxSweep) return;
  onEmailQueued(kickDispatcher);
  state.__cioOutboxSweep = setInterval(() => sweepOutbox(), SWEEP_INTERVAL_MS);
  state.__cioOutboxSweep.unref();
  sweepOutbox();
}
