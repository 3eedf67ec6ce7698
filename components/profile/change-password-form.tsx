'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { changePasswordAction } from '@/app/(account)/profile/actions';
import { idle } from '@/lib/actions/action-state';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';

/**
 * Current password, new password and its confirmation. Changing it signs out
 * every session (the server moves the session version on); this browser then
 * signs in again with the new password, so only the other sessions end.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations('profile.password');
  const [state, action, pending] = useActionState(changePasswordAction, idle);
  const [outcome, setOutcome] = useState<'none' | 'done' | 'sign-in-again'>('none');
  const chosen = useRef('');

  useEffect(() => {
    if (state.status !== 'ok') return;
    let live = true;
    signIn('credentials', { email, password: chosen.current, redirect: false })
      .then((result) => live && setOutcome(result?.ok && !result.error ? 'done' : 'sign-in-again'))
      .catch(() => live && setOutcome('sign-in-again'))
      .finally(() => {
        chosen.current = '';
      });
    return () => {
      live = false;
    };
  }, [state, email]);

  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const error = (field: string) => {
    const message = errors[field];
    return message ? t(`errors.${message.key}`, message.values) : undefined;
  };
  return (
    <form
      action={action}
      onSubmit={(event) => {
        // Kept only until this browser has signed in again with it (see the effect above).
        chosen.current = String(new FormData(event.currentTarget).get('password') ?? '');
        setOutcome('none');
      }}
      noValidate
      className="max-w-xl space-y-4"
      aria-labelledby="change-password-heading"
    >
      <h2 id="change-password-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="text-slate-700">{t('intro')}</p>
      <FormField name="current" type="password" label={t('current')} error={error('current')} required autoComplete="current-password" />
      <FormField name="password" type="password" label={t('new')} hint={t('newHint')} error={error('password')} required autoComplete="new-password" />
      <FormField name="confirm" type="password" label={t('confirm')} error={error('confirm')} required autoComplete="new-password" />
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
      {outcome === 'done' && <StatusMessage tone="success">{t('changed')}</StatusMessage>}
      {outcome === 'sign-in-again' && <StatusMessage tone="error">{t('signInAgain')}</StatusMessage>}
    </form>
  );
}
