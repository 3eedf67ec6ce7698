'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveAttendanceAction } from '@/app/(manager)/manage/cohorts/[id]/events/actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { attendanceStatuses, type AttendanceStatus } from '@/lib/domain/events';

interface Trainee {
  userId: number;
  name: string;
  status: AttendanceStatus | null;
}

/** Present / absent / excused for every trainee, saved together; the choices stay on screen after saving. */
export function AttendanceForm({ cohortId, eventId, trainees }: { cohortId: number; eventId: number; trainees: Trainee[] }) {
  const t = useTranslations('attendance');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(saveAttendanceAction);
  const [choices, setChoices] = useState<Record<number, AttendanceStatus | ''>>(() =>
    Object.fromEntries(trainees.map((trainee) => [trainee.userId, trainee.status ?? ''])),
  );

  if (trainees.length === 0) return <p>{t('noTrainees')}</p>;
  return (
    <ClientForm onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="eventId" value={eventId} />
      <Button
        type="button"
        onClick={() => setChoices(Object.fromEntries(trainees.map((trainee) => [trainee.userId, 'present'])))}
        variant="secondary"
        size="sm"
      >
        {t('allPresent')}
      </Button>
      <div className={cardClass({ padding: 'none', className: 'divide-y divide-slate-200' })}>
        {trainees.map((trainee) => (
          <fieldset key={trainee.userId} className="flex flex-wrap items-center gap-x-6 gap-y-2 p-3">
            <legend className="sr-only">{t('legend', { name: trainee.name })}</legend>
            <span aria-hidden="true" className="min-w-48 flex-1 font-medium">
              <bdi>{trainee.name}</bdi>
            </span>
            {attendanceStatuses.map((status) => (
              <label key={status} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`status-${trainee.userId}`}
                  value={status}
                  checked={choices[trainee.userId] === status}
                  onChange={() => setChoices((current) => ({ ...current, [trainee.userId]: status }))}
                />
                {t(`statuses.${status}`)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {t('save')}
      </Button>
      {state.status === 'ok' && <StatusMessage tone="success">{t('saved', { count: state.data.count })}</StatusMessage>}
      {state.status === 'error' && <StatusMessage tone="error">{tError(state.message.key, state.message.values)}</StatusMessage>}
    </ClientForm>
  );
}
