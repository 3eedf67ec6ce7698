'use client';

import { useActionState, useTransition, type FormEvent } from 'react';
import { idle, type ActionState } from '@/lib/actions/action-state';

/**
 * A form action run from a form's submit handler instead of its `action`
 * prop, so React does not reset the form afterwards: every typed value and
 * every choice in a select stays as it was, whatever the outcome. The
 * pressed button's name and value are sent along.
 */
export function useFormAction<D>(action: (state: ActionState<D>, form: FormData) => Promise<ActionState<D>>) {
  const [state, run] = useActionState(action, idle);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  }
  return [state, onSubmit, pending] as const;
}
