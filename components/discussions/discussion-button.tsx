'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { idle, type ActionState } from '@/lib/actions/action-state';

interface Props<D> {
  action: (state: ActionState<D>, form: FormData) => Promise<ActionState<D>>;
  fields: Record<string, string | number>;
  label: string;
  variant?: ButtonVariant;
}

/** A one-button discussion form (follow, pin, lock, delete, resolve), announcing its outcome in words. */
export function DiscussionButton<D>({ action, fields, label, variant = 'secondary' }: Props<D>) {
  const t = useTranslations('discussionForms');
  const tError = useTranslations('discussionErrors');
  const [state, run, pending] = useActionState<ActionState<D>, FormData>(action, idle);
  return (
    <form action={run} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="xs" variant={variant} disabled={pending}>
        {label}
      </Button>
      {state.status === 'error' && <StatusMessage tone="error">{tError(state.message.key, state.message.values)}</StatusMessage>}
      {state.status === 'invalid' && <StatusMessage tone="error">{tError('invalid')}</StatusMessage>}
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(`done.${state.message.key}`)}</StatusMessage>}
    </form>
  );
}
