'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setPasswordAction } from '@/app/(public)/set-password/[token]/actions';
import { Button, LinkButton } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';

/** New password and its confirmation; then a way to sign in. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('setPassword');
  const [state, action, pending] = useActionState(setPasswordAction, idle);
  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <StatusMessage tone="success">{t('done', { email: state.data.email })}</StatusMessage>
        <LinkButton href="/sign-in">
          {t('signIn')}
        </LinkButton>
      </div>
    );
  }
  // A refused link (expired or invalid) is the only whole-form error; its key is `state.<why>`.
  if (state.status === 'error') return <StatusMessage tone="error">{t(state.message.key)}</StatusMessage>;
  const { fieldErrors: errors } = formView(state);
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field].key}`, errors[field].values) : undefined);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormField name="password" type="password" label={t('password')} hint={t('passwordHint')} error={error('password')} required autoComplete="new-password" />
      <FormField name="confirm" type="password" label={t('confirm')} error={error('confirm')} required autoComplete="new-password" />
      <Button type="submit" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
