'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { SavedDraft } from '@/app/(instructor)/author/_actions/state';
import { idle, type ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState<SavedDraft>, form: FormData) => Promise<ActionState<SavedDraft>>;

/**
 * Runs an authoring action from a form WITHOUT React's automatic form reset,
 * so whatever the author typed stays on screen whatever the outcome (invalid,
 * conflict, error). Tracks the revision the next save must name: the one the
 * page loaded, then the one each successful save returns.
 */
export function useEditAction(action: Action, loadedRevision: string) {
  const [state, dispatch, pending] = useActionState<ActionState<SavedDraft>, FormData>(action, idle);
  const [revision, setRevision] = useState(loadedRevision);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.status === 'ok' && state.data.revision) setRevision(state.data.revision);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, submit, pending, revision };
}
