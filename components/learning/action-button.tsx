'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { LearningActionState } from '@/app/(trainee)/modules/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

interface Props {
  action: (state: LearningActionState, form: FormData) => Promise<LearningActionState>;
  fields: Record<string, string>;
  label: string;
}

/** A one-button form posting to a learning action, showing its error in words. */
export function ActionButton({ action, fields, label }: Props) {
  const t = useTranslations('learningErrors');
  const [state, run, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={run} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {state.status === 'error' && <StatusMessage tone="error">{t(state.message)}</StatusMessage>}
    </form>
  );
}
