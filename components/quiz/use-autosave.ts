'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { currentUserKey, queueStore, requestBackgroundSync } from '@/lib/offline/device-store';
import { REPLAY_SYNC_TAG, WRITE_SETTLED_EVENT } from '@/lib/offline/routes';
import { newIdempotencyKey, replayQueue, sendWithFetch, type QueuedWrite, type QueueStore, type SendOutcome } from '@/lib/offline/replay';
import type { QuizResponse } from '@/lib/domain/grading';
import { nextRevision, PerKeyChain } from '@/lib/offline/save-chain';

/** A question's save state; 'queued' is "saved on this device, will be sent", 'refused' a save the server turned down. */
export type SaveState = 'saved' | 'saving' | 'pending' | 'queued' | 'refused';

type Stale = { error?: string; current?: { revision: number; response: QuizResponse } };

/**
 * Saves each answer as the trainee goes. Every save is first written to the
 * device's queue (IndexedDB), then sent; it leaves the queue when the server
 * has answered, so a dropped connection or a closed tab loses nothing and the
 * queue is replayed on the next load or when the browser comes back online.
 * Saves of one question are chained (never two in flight) and carry a
 * strictly increasing revision and an idempotency key: the server keeps only
 * the newest answer and a replay changes nothing.
 */
export function useAutosave(attemptId: number, initial: Record<string, QuizResponse>) {
  const [responses, setResponses] = useState(initial);
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const current = useRef(initial);
  const chains = useRef(new PerKeyChain());
  const revisions = useRef<Record<string, number>>({});
  const unsent = useRef(new Set<string>());
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const store = useRef<QueueStore | null>(null);
  const url = `/api/attempts/${attemptId}/answers`;
  const mark = (key: string, state: SaveState) => setStates((s) => ({ ...s, [key]: state }));

  /** Applies the server's answer to a write of this attempt (live or replayed). */
  const settle = useCallback((write: QueuedWrite, outcome: SendOutcome & { done: true }) => {
    const key = String(write.body.questionKey);
    const revision = Number(write.body.revision);
    const known = revisions.current[key];
    if (known !== undefined && revision < known) return; // a newer save of this question is on its way
    if (outcome.status < 300 && revision !== known) {
      // Sent by the page-wide replay after this page was rendered: show the answer the server now holds.
      const answer = write.body.response as QuizResponse;
      current.current = { ...current.current, [key]: answer };
      setResponses((r) => ({ ...r, [key]: answer }));
      revisions.current[key] = revision;
    }
    unsent.current.delete(key);
    const stale = outcome.body as Stale | null;
    const isStale = outcome.status === 409 && stale?.error === 'conflict:stale-answer';
    if (isStale && stale?.current) {
      // The server holds a newer answer (from another tab or device): show it rather than overwrite it.
      const answer = stale.current.response;
      current.current = { ...current.current, [key]: answer };
      setResponses((r) => ({ ...r, [key]: answer }));
      revisions.current[key] = stale.current.revision;
    }
    mark(key, outcome.status < 300 || isStale ? 'saved' : 'refused');
  }, []);

  const deliver = useCallback(
    async (write: QueuedWrite) => {
      const key = String(write.body.questionKey);
      const id = await store.current?.add(write).catch((error: unknown) => {
        // No device storage (a private window may refuse it): the answer is still sent, only not kept.
        console.warn('Answer not kept on this device', error);
        return undefined;
      });
      mark(key, 'saving');
      const outcome = await sendWithFetch(write);
      if (!outcome.done) {
        mark(key, 'queued');
        requestBackgroundSync(REPLAY_SYNC_TAG);
        return;
      }
      if (id !== undefined) await store.current?.remove(id);
      settle(write, outcome);
    },
    [settle],
  );

  const save = useCallback(
    (key: string) => {
      const revision = nextRevision(revisions.current[key], Date.now());
      revisions.current[key] = revision;
      unsent.current.add(key);
      const body = { questionKey: key, response: current.current[key], revision, idempotencyKey: newIdempotencyKey(), deviceSavedAt: new Date().toISOString() };
      const write: QueuedWrite = { kind: 'answer', url, body, subject: `${attemptId}:${key}`, createdAt: Date.now() };
      void chains.current.run(key, () => deliver(write), (error: unknown) => console.warn('Answer kept on this device', error));
    },
    [attemptId, deliver, url],
  );

  /** Records an answer; text answers wait for a pause in typing before they are sent. */
  const update = useCallback(
    (key: string, response: QuizResponse, delayMs = 0) => {
      current.current = { ...current.current, [key]: response };
      setResponses((r) => ({ ...r, [key]: response }));
      mark(key, 'pending');
      unsent.current.add(key);
      clearTimeout(timers.current[key]);
      timers.current[key] = setTimeout(() => save(key), delayMs);
    },
    [save],
  );

  /** Sends the queue again, oldest first; answers of this attempt show the server's verdict. */
  const replay = useCallback(async () => {
    if (!store.current) return;
    await replayQueue(store.current, sendWithFetch, (write, outcome) => {
      if (write.kind === 'answer' && write.url === url) settle(write, outcome);
    });
  }, [settle, url]);

  /** Sends everything not yet confirmed; true when the server has it all. */
  const flush = useCallback(async () => {
    for (const [key, timer] of Object.entries(timers.current)) {
      clearTimeout(timer);
      if (unsent.current.has(key)) save(key);
    }
    timers.current = {};
    await chains.current.settled();
    await replay();
    return unsent.current.size === 0;
  }, [replay, save]);

  useEffect(() => {
    const userKey = currentUserKey();
    store.current = userKey ? queueStore(userKey) : null;
    void (async () => {
      const queued = (await store.current?.all()) ?? [];
      const mine = queued.filter((w) => w.kind === 'answer' && w.url === url);
      for (const write of mine) {
        // Answers given earlier on this device that never reached the server come back into view.
        const key = String(write.body.questionKey);
        current.current = { ...current.current, [key]: write.body.response as QuizResponse };
        revisions.current[key] = Math.max(revisions.current[key] ?? 0, Number(write.body.revision));
        unsent.current.add(key);
      }
      if (mine.length > 0) {
        setResponses(current.current);
        setStates((s) => ({ ...s, ...Object.fromEntries(mine.map((w) => [String(w.body.questionKey), 'queued' as const])) }));
      }
      if (navigator.onLine) await replay();
    })();
    const retry = () => void replay();
    // The page-wide replay (lib/offline/boot) may send this attempt's queued answers first.
    const settled = (event: Event) => {
      const { write, outcome } = (event as CustomEvent<{ write: QueuedWrite; outcome: SendOutcome & { done: true } }>).detail;
      if (write.kind === 'answer' && write.url === url) settle(write, outcome);
    };
    window.addEventListener('online', retry);
    window.addEventListener(WRITE_SETTLED_EVENT, settled);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener(WRITE_SETTLED_EVENT, settled);
    };
  }, [replay, settle, url]);

  return { responses, states, update, flush };
}
