'use client';

import { useCallback, useRef, useState } from 'react';
import type { AnswerIssue } from '@/lib/domain/surveys/response';

/** Where the trainee's answers stand on the server. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; submitted: boolean } | { kind: 'refused'; code: string; issues: AnswerIssue[] };

/**
 * Sends the answers to PUT /api/surveys/:id/response. Only the latest call's
 * outcome is shown: an older save finishing late must not overwrite the
 * status of a newer one.
 */
export function useResponseSave(surveyId: number, initiallySubmitted: boolean) {
  const [status, setStatus] = useState<SaveStatus>(initiallySubmitted ? { kind: 'saved', submitted: true } : { kind: 'idle' });
  const latest = useRef(0);
  const save = useCallback(
    async (body: { answers: Record<string, unknown>; quotable: boolean; submit: boolean }): Promise<SaveStatus> => {
      const call = ++latest.current;
      setStatus({ kind: 'saving' });
      let next: SaveStatus;
      try {
        const response = await fetch(`/api/surveys/${surveyId}/response`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        const json = (await response.json().catch(() => ({}))) as { submitted?: boolean; error?: string; issues?: AnswerIssue[] };
        next = response.ok ? { kind: 'saved', submitted: Boolean(json.submitted) } : { kind: 'refused', code: json.error ?? 'internal', issues: json.issues ?? [] };
      } catch {
        next = { kind: 'refused', code: 'offline', issues: [] };
      }
      if (call === latest.current) setStatus(next);
      return next;
    },
    [surveyId],
  );
  return { status, save };
}
