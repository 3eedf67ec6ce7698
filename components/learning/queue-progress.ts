import { currentUserKey, queueStore, requestBackgroundSync } from '@/lib/offline/device-store';
import { REPLAY_SYNC_TAG } from '@/lib/offline/routes';
import { newIdempotencyKey, sendWithFetch, type QueuedWrite } from '@/lib/offline/replay';

/** What a progress change came to: the server's list of completed lessons, or kept on the device. */
export type ProgressSave = { queued: false; progress: { completed: string[] } } | { queued: true };

/**
 * Sends a lesson's completion with an idempotency key. When the device is
 * offline the write goes to the user's queue (IndexedDB) and is replayed, in
 * order, when the connection returns; a refusal (4xx) is an error.
 */
export async function queueProgress(input: { moduleSlug: string; lessonKey: string; completed: boolean }): Promise<ProgressSave> {
  const write: QueuedWrite = {
    kind: 'progress',
    url: '/api/progress',
    body: { ...input, idempotencyKey: newIdempotencyKey() },
    subject: `${input.moduleSlug}:${input.lessonKey}`,
    createdAt: Date.now(),
  };
  const outcome = await sendWithFetch(write);
  if (outcome.done) {
    if (outcome.status >= 300) throw new Error(`progress ${outcome.status}`);
    return { queued: false, progress: outcome.body as { completed: string[] } };
  }
  const userKey = currentUserKey();
  if (!userKey) throw new Error('progress not sent and no device queue');
  await queueStore(userKey).add(write);
  requestBackgroundSync(REPLAY_SYNC_TAG);
  return { queued: true };
}
