'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { StatusMessage } from '@/components/ui/status-message';
import type { ActionState } from '@/lib/actions/action-state';

/**
 * The outcome of an authoring form in words: saved, what is wrong, or that
 * someone else changed the item first (the 'conflict' error: nothing saved,
 * the form keeps the author's text).
 */
export function EditStatus({ state }: { state: ActionState<unknown> }) {
  const t = useTranslations('authoring');
  const format = useFormatter();
  switch (state.status) {
    case 'idle':
      return null;
    case 'ok':
      return state.message ? <StatusMessage tone="success">{t(`notices.${state.message.key}`, state.message.values)}</StatusMessage> : null;
    case 'invalid': {
      const whole = state.fieldErrors.form;
      return (
        <StatusMessage tone="error">
          {whole ? t(`errors.${whole.key}`, whole.values) : t('status.invalid', { count: Object.keys(state.fieldErrors).length })}
        </StatusMessage>
      );
    }
    case 'error': {
      if (state.message.key !== 'conflict') return <StatusMessage tone="error">{t(`errors.${state.message.key}`, state.message.values)}</StatusMessage>;
      const { changedBy, changedAt } = state.message.values ?? {};
      const who = changedBy ? String(changedBy) : t('status.someoneElse');
      const when = changedAt ? format.dateTime(new Date(String(changedAt)), { dateStyle: 'medium', timeStyle: 'medium' }) : null;
      return (
        <StatusMessage tone="error">{when ? t('status.conflict', { who, when }) : t('status.conflictUnknownTime', { who })}</StatusMessage>
      );
    }
  }
}

/** The translated error of one field of an invalid state (or of a part of it, such as `objectives.3`), or undefined. */
export function useFieldError(state: ActionState<unknown>): (field: string, nested?: boolean) => string | undefined {
  const t = useTranslations('authoring');
  return (field, nested = false) => {
    if (state.status !== 'invalid') return undefined;
    const key = field in state.fieldErrors || !nested ? field : Object.keys(state.fieldErrors).find((name) => name.startsWith(`${field}.`));
    const issue = key ? state.fieldErrors[key] : undefined;
    return issue ? t(`errors.${issue.key}`, issue.values) : undefined;
  };
}
