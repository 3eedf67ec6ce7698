import { markCurrentUser, queueStore, wipeOfflineData } from './device-store';
import { replayQueue, sendWithFetch } from './replay';
import { WRITE_SETTLED_EVENT } from './routes';

let listening = false;

/**
 * Runs once a page has loaded: when another user used this browser before,
 * everything they left on the device is deleted first; then this user's
 * queued writes are sent, now and whenever the connection returns.
 */
export async function bootOffline(userKey: string | null): Promise<void> {
  if (userKey === null) return;
  const previous = markCurrentUser(userKey);
  if (previous !== null && previous !== userKey) await wipeOfflineData(userKey);
  const replay = () =>
    replayQueue(queueStore(userKey), sendWithFetch, (write, outcome) => window.dispatchEvent(new CustomEvent(WRITE_SETTLED_EVENT, { detail: { write, outcome } }))).catch(
      (error: unknown) => console.warn('Queued writes not sent yet', error),
    );
  if (!listening) {
    listening = true;
    window.addEventListener('online', () => void replay());
  }
  if (navigator.onLine) await replay();
}

/** Sign-out on a shared computer: deletes every cache and queue this app keeps on the device. */
export async function signOutCleanup(): Promise<void> {
  await wipeOfflineData(null);
  markCurrentUser(null);
}
