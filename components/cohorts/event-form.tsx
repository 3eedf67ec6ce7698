'use client';

import { useTranslations } from 'next-intl';
import { changeEventAction, createEventAction } from '@/app/(manager)/manage/cohorts/[id]/events/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea } from '@/components/ui/controls';
import { FieldFrame } from '@/components/ui/field-frame';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { eventKinds } from '@/lib/domain/events';

/** An event being changed: its id and its fields as the form shows them (local times in the cohort's zone). */
export interface EditedEvent {
  id: number;
  values: Record<string, string>;
}

/** Title, kind, local start and end in the cohort's zone, place or link, description: a new event, or changes to `event`. */
export function EventForm({ cohortId, zoneLabel, event }: { cohortId: number; zoneLabel: string; event?: EditedEvent }) {
  const t = useTranslations('cohortEvents');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(event ? changeEventAction : createEventAction);
  const view = formView(state);
  const errors = view.fieldErrors;
  const values = state.status === 'idle' && event ? event.values : view.values;
  const error = (field: string) => (errors[field] ? tError(errors[field].key, errors[field].values) : undefined);
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="cohortId" value={cohortId} />
      {event && <input type="hidden" name="eventId" value={event.id} />}
      <FormField name="title" label={t('title')} defaultValue={values.title} error={error('title')} required maxLength={160} />
      <SelectField
        name="kind"
        label={t('kind')}
        options={eventKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        defaultValue={values.kind ?? 'workshop'}
        error={error('kind')}
      />
      <FormField name="startsAt" type="datetime-local" label={t('startsAt')} hint={t('zoneHint', { zone: zoneLabel })} defaultValue={values.startsAt} error={error('startsAt')} required />
      <FormField name="endsAt" type="datetime-local" label={t('endsAt')} hint={t('zoneHint', { zone: zoneLabel })} defaultValue={values.endsAt} error={error('endsAt')} required />
      <FormField name="location" label={t('location')} hint={t('locationHint')} defaultValue={values.location} error={error('location')} maxLength={200} />
      <FormField name="url" type="url" label={t('url')} hint={t('urlHint')} defaultValue={values.url} error={error('url')} maxLength={500} />
      <div className="md:col-span-2">
        <FieldFrame id="description" label={t('description')} error={error('description')}>
          <TextArea
            id="description"
            name="description"
            rows={4}
            maxLength={4000}
            defaultValue={values.description}
            aria-invalid={Boolean(errors.description)}
            aria-describedby={errors.description ? 'description-error' : undefined}
          />
        </FieldFrame>
      </div>
      <div className="space-y-2 md:col-span-2">
        {view.formError && <StatusMessage tone="error">{tError(view.formError.key, view.formError.values)}</StatusMessage>}
        <Button type="submit" disabled={pending}>
          {event ? t('saveChanges') : t('schedule')}
        </Button>
      </div>
    </ClientForm>
  );
}
