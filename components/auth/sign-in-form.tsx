'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { safeReturnPath } from '@/lib/safe-redirect';
import { signInSchema } from '@/lib/validation/auth';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

/** Email + password sign-in. Validates before sending; the server checks again. */
export function SignInForm({ callbackUrl }: { callbackUrl: string | undefined }) {
  const t = useTranslations('signIn');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function message(code: string): string {
    const [key, seconds] = code.split(':');
    if (key === 'throttled') return t('errors.throttled', { seconds: Number(seconds) || 1 });
    return t.has(`errors.${key}`) ? t(`errors.${key}`) : t('errors.unknown');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get('email'), password: data.get('password') });
    setFormError(null);
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof FieldErrors;
        errors[field] ??= message(issue.message);
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn('credentials', { ...parsed.data, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(safeReturnPath(callbackUrl));
        return;
      }
      setFormError(message(result?.error ?? 'unknown'));
    } catch {
      setFormError(message('unknown'));
    } finally {
      setPending(false);
    }
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="alert" aria-live="assertive" className={formError ? 'rounded border border-red-300 bg-red-50 p-3 text-red-800' : ''}>
        {formError}
      </div>
      <FormField name="email" type="email" label={t('email')} error={fieldErrors.email} autoComplete="username" required />
      <FormField name="password" type="password" label={t('password')} error={fieldErrors.password} autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </ClientForm>
  );
}
