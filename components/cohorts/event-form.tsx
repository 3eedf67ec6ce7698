'use client';

import { useTranslations } from 'next-intl';
import { createEventAction } from '@/app/(manager)/manage/cohorts/[id]/events/actions';
import { FieldError } from '@/components/ui/field-error';
import { FormField } from '@/components/ui/form-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { eventKinds } from '@/lib/domain/events';
import { SelectField } from './select-field';


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
        <label htmlFor="description" className="block font-medium">{t('description')}</label>
        <textarea
          id="description"
          name="description"
          rows={4}
          maxLength={4000}
          defaultValue={values.description}
          aria-invalid={Boolean(errors.description)}
          aria-describedby={errors.description ? 'description-error' : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        <FieldError id="description-error" message={error('description')} />
      </div>
      <div className="md:col-span-2">
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {t('schedule')}
        </button>
      </div>
    </form>
  );
}
