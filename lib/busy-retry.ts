import { isDatabaseBusy } from '@/lib/errors';

/**
 * Pauses between tries, awaited, so the server keeps answering other requests
 * while another writer finishes: with the 250 ms busy wait of each try, about
 * nine seconds in all, longer than a content import holds the lock.
 */
const RETRY_DELAYS_MS = [100, 250, 500, 1000, 2000, 3000] as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
