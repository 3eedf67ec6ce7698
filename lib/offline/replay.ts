import { CONNECTION_EVENT } from './routes';

/**
 * The device's queue of writes made while offline (answers, lesson progress)
 * and the rule for sending them again. Storage is passed in (IndexedDB in the
 * browser, an array in tests), so the ordering rule is tested without a browser.
 */

/** One write waiting on the device. `body` carries its idempotency key. */
export interface QueuedWrite {
  id?: number;
  kind: 'answer' | 'progress';
  url: string;
  body: { idempotencyKey: string } & Record<string, unknown>;
  /** What the write is about (an attempt id and question key, a lesson key), to show its state. */
  subject: string;
  createdAt: number;
}

/** Where queued writes are kept, oldest first by `id`. */
export interface QueueStore {
  add(write: QueuedWrite): Promise<number>;
  all(): Promise<QueuedWrite[]>;
  remove(id: number): Promise<void>;
}

/** How one send went: the server has answered (kept or refused for good), or try again later. */
export type SendOutcome = { done: true; status: number; body: unknown } | { done: false };

/** Sends one write; resolves `{ done: false }` on a network error or a temporary refusal (5xx, 429, 401). */
export type Send = (write: QueuedWrite) => Promise<SendOutcome>;

/**
 * Whether an HTTP status settles a write: anything but a server error, "too
 * many requests", or 401 (the session ran out: the write waits for the next sign-in).
 */
export function settles(status: number): boolean {
  return status < 500 && status !== 429 && status !== 401;
}

/**
 * Sends queued writes oldest first, removing each once the server has
 * answered it. Stops at the first one that cannot be sent, so nothing is
 * sent out of order; a write whose answer was lost stays queued and is sent
 * again, which its idempotency key makes harmless.
 */
export async function replayQueue(store: QueueStore, send: Send, onSettled?: (write: QueuedWrite, outcome: SendOutcome & { done: true }) => void) {
  const writes = (await store.all()).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  let sent = 0;
  for (const write of writes) {
    const outcome = await send(write);
    if (!outcome.done) return { sent, left: writes.length - sent };
    if (write.id !== undefined) await store.remove(write.id);
    onSettled?.(write, outcome);
    sent += 1;
  }
  return { sent, left: 0 };
}

/** A fresh idempotency key for one write. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Tells the page whether the server answered (the offline banner listens); nothing in a service worker. */
function announceConnection(reached: boolean): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(CONNECTION_EVENT, { detail: reached }));
}

/** The `fetch`-based {@link Send}: a PUT of the JSON body. */
export const sendWithFetch: Send = async (write) => {
  try {
    const response = await fetch(write.url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(write.body) });
    announceConnection(true);
    if (!settles(response.status)) return { done: false };
    return { done: true, status: response.status, body: await response.json().catch(() => null) };
  } catch {
    // A network error: the device is offline or the request was cut; the write stays queued.
    announceConnection(false);
    return { done: false };
  }
};
