'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { idle, type EditState } from '@/app/(instructor)/author/_actions/state';

type Action = (state: EditState, form: FormData) => Promise<EditState>;

/**
 * Runs an authoring action from a form WITHOUT React's automatic form reset,
 * so whatever the author typed stays on screen whatever the outcome (invalid,
 * conflict, error). Tracks the revision the next save must name: the one the
 * page loaded, then the one each successful save returns.
 */
export function useEditAction(action: Action, loadedRevision: string) {
  const [state, dispatch, pending] = useActionState(action, idle);
  const [revision, setRevision] = useState(loadedRevision);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.status === 'saved' && state.revision) setRevision(state.revision);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, submit, pending, revision };
}
