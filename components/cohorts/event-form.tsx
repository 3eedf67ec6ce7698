'use client';

import { useTranslations } from 'next-intl';
import { createEventAction } from '@/app/(manager)/manage/cohorts/[id]/events/actions';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/controls';
import { FieldFrame } from '@/components/ui/field-frame';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { eventKinds } from '@/lib/domain/events';

/** Title, kind, local start and end in the cohort's zone, place or link, description. */
export function EventForm({ cohortId, zoneLabel }: { cohortId: number; zoneLabel: string }) {
  const t = useTranslations('cohortEvents');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(createEventAction);
  const { fieldErrors: errors, values } = formView(state);
  const error = (field: string) => (errors[field] ? tError(errors[field].key, errors[field].values) : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="cohortId" value={cohortId} />
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
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {t('schedule')}
        </Button>
      </div>
    </form>
  );
}
