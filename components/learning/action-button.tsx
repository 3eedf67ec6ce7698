'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
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
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {label}
      </button>
      {state.status === 'error' && <StatusMessage tone="error">{t(state.message.key)}</StatusMessage>}
    </form>
  );
}
