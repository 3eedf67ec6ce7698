import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/notifications/action-button';
import { cardClass } from '@/components/ui/card';
import { verifyUnsubscribeToken } from '@/lib/domain/unsubscribe-token';
import { authSecret } from '@/lib/env';
import { unsubscribeAction } from './actions';

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.unsubscribe'))('title'), robots: { index: false } };
}

/**
 * The public page of an email's unsubscribe link; no sign-in needed. Opening
 * it changes nothing (mail scanners open links too): it says what would stop,
 * and the button does it.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const claim = verifyUnsubscribeToken(authSecret(), token);
  const t = await getTranslations('notifications');
  const kind = claim && claim.scope !== 'all' ? t(`kindNames.${claim.scope}`) : '';
  return (
    <div className={cardClass({ padding: 'lg', className: 'mx-auto max-w-xl space-y-4' })}>
      <h1 className="text-2xl font-bold">{t('unsubscribe.title')}</h1>
      {claim ? (
        <>
          <p>{claim.scope === 'all' ? t('unsubscribe.questionAll') : t('unsubscribe.question', { kind })}</p>
          <ActionButton
            action={unsubscribeAction}
            fields={{ token }}
            label={t('unsubscribe.confirm')}
            once
            messages={{
              'unsubscribe.done': claim.scope === 'all' ? t('unsubscribe.doneAll') : t('unsubscribe.done', { kind }),
              failed: t('unsubscribe.invalid'),
            }}
          />
          <p className="text-sm text-slate-700">{t('unsubscribe.manage')}</p>
        </>
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">
          {t('unsubscribe.invalid')}
        </p>
      )}
    </div>
  );
}
