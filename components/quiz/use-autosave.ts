'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuizResponse } from '@/lib/domain/grading';

export type SaveState = 'saved' | 'saving' | 'pending' | 'failed';

const storageKey = (attemptId: number) => `cio-attempt-${attemptId}`;

function readBackup(attemptId: number): Record<string, QuizResponse> {
  try {
    return JSON.parse(window.localStorage.getItem(storageKey(attemptId)) ?? '{}') as Record<string, QuizResponse>;
  } catch (error) {
    console.warn('Ignoring an unreadable local answer backup', error);
    return {};
  }
}

/**
 * Saves each answer to the server as the trainee goes, and keeps answers not
 * yet confirmed in localStorage, so a dropped connection or a closed tab loses
 * nothing: unconfirmed answers are sent again on the next load or when the
 * browser comes back online.
 */
export function useAutosave(attemptId: number, initial: Record<string, QuizResponse>) {
  const [responses, setResponses] = useState(initial);
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const unsaved = useRef<Record<string, QuizResponse>>({});
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});

  const persistBackup = useCallback(() => {
    const pending = unsaved.current;
    if (Object.keys(pending).length === 0) window.localStorage.removeItem(storageKey(attemptId));
    else window.localStorage.setItem(storageKey(attemptId), JSON.stringify(pending));
  }, [attemptId]);

  const send = useCallback(
    async (questionKey: string): Promise<boolean> => {
      const response = unsaved.current[questionKey];
      if (!response) return true;
      setStates((s) => ({ ...s, [questionKey]: 'saving' }));
      try {
        const result = await fetch(`/api/attempts/${attemptId}/answers`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ questionKey, response }),
        });
        if (!result.ok) throw new Error(`save ${result.status}`);
        if (unsaved.current[questionKey] === response) delete unsaved.current[questionKey];
        persistBackup();
        setStates((s) => ({ ...s, [questionKey]: unsaved.current[questionKey] ? 'pending' : 'saved' }));
        return true;
      } catch (error) {
        console.warn('Answer not saved yet', error);
        setStates((s) => ({ ...s, [questionKey]: 'failed' }));
        return false;
      }
    },
    [attemptId, persistBackup],
  );

  /** Records an answer; text answers wait for a pause in typing before they are sent. */
  const update = useCallback(
    (questionKey: string, response: QuizResponse, delayMs = 0) => {
      setResponses((r) => ({ ...r, [questionKey]: response }));
      unsaved.current[questionKey] = response;
      persistBackup();
      setStates((s) => ({ ...s, [questionKey]: 'pending' }));
      clearTimeout(timers.current[questionKey]);
      timers.current[questionKey] = setTimeout(() => void send(questionKey), delayMs);
    },
    [persistBackup, send],
  );

  /** Sends everything not yet confirmed; true when the server has it all. */
  const flush = useCallback(async () => {
    Object.values(timers.current).forEach(clearTimeout);
    const results = await Promise.all(Object.keys(unsaved.current).map((key) => send(key)));
    return results.every(Boolean);
  }, [send]);

  useEffect(() => {
    const backup = readBackup(attemptId);
    if (Object.keys(backup).length > 0) {
      unsaved.current = { ...backup, ...unsaved.current };
      // Answers from an earlier visit that never reached the server come back into view and are sent again.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setResponses((r) => ({ ...r, ...backup }));
      void flush();
    }
    const retry = () => void flush();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [attemptId, flush]);

  return { responses, states, update, flush };
}
