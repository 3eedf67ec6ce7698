'use client';

import { useActionState, useTransition, type FormEvent } from 'react';

/**
 * A server action run from a form's submit handler instead of its `action`
 * prop, so React does not reset the form afterwards: every typed value and
 * every choice in a select stays as it was, whatever the outcome. The
 * pressed button's name and value are sent along.
 */
export function useFormAction<S>(action: (state: Awaited<S>, form: FormData) => S | Promise<S>, initial: Awaited<S>) {
  const [state, run] = useActionState(action, initial);
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  }
  return [state, onSubmit, pending] as const;
}
