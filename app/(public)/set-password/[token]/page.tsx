import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { SetPasswordForm } from '@/components/auth/set-password-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { cardClass } from '@/components/ui/card';
import { findSetPasswordAccount } from '@/db/queries/set-password';
import { hashSetPasswordToken, isWellFormedToken, setPasswordTokenState } from '@/lib/domain/set-password-token';
import { formatCommitment } from '@/lib/i18n/format';

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setPassword'))('title'), robots: { index: false } };
}

/**
 * Public page of a one-time link. Opening it changes nothing (link scanners
 * in mail systems open links too); only submitting the form spends it.
 */
export default async function SetPasswordPage({ params }: Params) {
  const { token } = await params;
  const t = await getTranslations('setPassword');
  const locale = await getLocale();
  const account = isWellFormedToken(token) ? findSetPasswordAccount(hashSetPasswordToken(token)) : null;
  const state = setPasswordTokenState(account, new Date());
  return (
    <div className={cardClass({ padding: 'lg', className: 'mx-auto max-w-md space-y-4' })}>
      {state === 'valid' && account ? (
        <>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p>{t('intro', { name: account.name, email: account.email })}</p>
          <ClientMessages namespaces={['setPassword']}>
            <SetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{state === 'expired' ? t('expiredTitle') : t('invalidTitle')}</h1>
          <p>
            {state === 'expired' && account?.expiresAt
              ? t('expiredText', { date: formatCommitment(locale, account.expiresAt, { dateStyle: 'long', withTime: true }) })
              : t('state.invalid')}
          </p>
          <Link href="/sign-in" className="text-brand-700 underline">{t('signInInstead')}</Link>
        </>
      )}
    </div>
  );
}
