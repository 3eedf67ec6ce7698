'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { EditState } from '@/app/(instructor)/author/_actions/state';
import { StatusMessage } from '@/components/ui/status-message';

/**
 * The outcome of an authoring form in words: saved, what is wrong, or that
 * someone else changed the item first (nothing saved, the form keeps the
 * author's text).
 */
export function EditStatus({ state }: { state: EditState }) {
  const t = useTranslations('authoring');
  const format = useFormatter();
  switch (state.status) {
    case 'idle':
      return null;
    case 'saved':
      return <StatusMessage tone="success">{t(`notices.${state.notice}`, { version: state.revision })}</StatusMessage>;
    case 'invalid': {
      const whole = state.errors.form;
      return (
        <StatusMessage tone="error">
          {whole ? t(`errors.${whole.key}`, whole.values) : t('status.invalid', { count: Object.keys(state.errors).length })}
        </StatusMessage>
      );
    }
    case 'error':
      return <StatusMessage tone="error">{t(`errors.${state.error.key}`, state.error.values)}</StatusMessage>;
    case 'conflict': {
      const who = state.changedBy ?? t('status.someoneElse');
      const when = state.changedAt ? format.dateTime(new Date(state.changedAt), { dateStyle: 'medium', timeStyle: 'medium' }) : null;
      return (
        <StatusMessage tone="error">{when ? t('status.conflict', { who, when }) : t('status.conflictUnknownTime', { who })}</StatusMessage>
      );
    }
  }
}

/** The translated error of one field of an invalid state (or of a part of it, such as `objectives.3`), or undefined. */
export function useFieldError(state: EditState): (field: string, nested?: boolean) => string | undefined {
  const t = useTranslations('authoring');
  return (field, nested = false) => {
    if (state.status !== 'invalid') return undefined;
    const key = field in state.errors || !nested ? field : Object.keys(state.errors).find((name) => name.startsWith(`${field}.`));
    const issue = key ? state.errors[key] : undefined;
    return issue ? t(`errors.${issue.key}`, issue.values) : undefined;
  };
}
