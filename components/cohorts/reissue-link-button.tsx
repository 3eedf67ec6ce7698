'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { reissueLinkAction } from '@/app/(manager)/manage/cohorts/[id]/actions';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { idle } from '@/lib/actions/action-state';
import { OneTimeLinks } from './one-time-links';

/** For a trainee who has not set a password: a new one-time link, shown once. */
export function ReissueLinkButton({ cohortId, userId, name }: { cohortId: number; userId: number; name: string }) {
  const t = useTranslations('cohorts');
  const tError = useTranslations('cohortErrors');
  const [state, action, pending] = useActionState(reissueLinkAction, idle);
  return (
    <div className="space-y-2">
      <form action={action}>
        <input type="hidden" name="cohortId" value={cohortId} />
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" disabled={pending} variant="secondary" size="xs">
          {t('reissueLink', { name })}
        </Button>
      </form>
      {state.status === 'error' && <StatusMessage tone="error">{tError(state.message.key, state.message.values)}</StatusMessage>}
      {state.status === 'ok' && <OneTimeLinks links={state.data.links} />}
    </div>
  );
}
