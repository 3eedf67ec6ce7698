'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { idle, type ActionState } from '@/lib/actions/action-state';

interface Props<D> {
  action: (state: ActionState<D>, form: FormData) => Promise<ActionState<D>>;
  fields: Record<string, string>;
  label: string;
}

/** A one-button form posting to a learning action, showing its error in words. */
export function ActionButton<D>({ action, fields, label }: Props<D>) {
  const t = useTranslations('learningErrors');
  const [state, run, pending] = useActionState<ActionState<D>, FormData>(action, idle);
  return (
    <form action={run} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {state.status === 'error' && <StatusMessage tone="error">{t(state.message.key)}</StatusMessage>}
    </form>
  );
}
