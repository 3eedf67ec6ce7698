import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseBusy } from '@/lib/errors';

/** Pauses between tries, awaited, so the server keeps answering other requests while another writer finishes. */
const RETRY_DELAYS_MS = [100, 300, 700] as const;

/**
 * Runs `work`, and runs it again after a short pause when it fails because
 * another connection held SQLite's write lock. Safe because a state change is
 * one transaction, which SQLite rolled back when it failed. After the last
 * try the error is thrown, for the caller to answer 503.
 */
export async function retryWhenBusy<T>(work: () => T | Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isDatabaseBusy(error)) throw error;
      await sleep(delay);
    }
  }
}
