'use client';

import { useTranslations } from 'next-intl';
import { createCohortAction } from '@/app/(manager)/manage/cohorts/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

interface Option {
  value: string;
  label: string;
}

/** Name, programme, dates and time zone of a new cohort. */
export function CreateCohortForm({ programmes, timeZones }: { programmes: Option[]; timeZones: Option[] }) {
  const t = useTranslations('cohorts');
  const tError = useTranslations('cohortErrors');
  const [state, onSubmit, pending] = useFormAction(createCohortAction);
  const { fieldErrors: errors, values } = formView(state);
  const error = (field: string) => (errors[field] ? tError(errors[field].key, errors[field].values) : undefined);
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormField name="name" label={t('name')} hint={t('nameHint')} defaultValue={values.name} error={error('name')} required maxLength={120} />
      </div>
      <SelectField
        name="programmeId"
        label={t('programme')}
        options={programmes}
        placeholder={t('chooseProgramme')}
        defaultValue={values.programmeId ?? ''}
        error={error('programmeId')}
        required
      />
      <SelectField name="timeZone" label={t('timeZone')} hint={t('timeZoneHint')} options={timeZones} defaultValue={values.timeZone ?? 'UTC'} error={error('timeZone')} />
      <FormField name="startsOn" type="date" label={t('startsOn')} defaultValue={values.startsOn} error={error('startsOn')} required />
      <FormField name="endsOn" type="date" label={t('endsOn')} defaultValue={values.endsOn} error={error('endsOn')} required />
      <FormField name="targetOn" type="date" label={t('targetOn')} hint={t('targetOnHint')} defaultValue={values.targetOn} error={error('targetOn')} required />
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {t('create')}
        </Button>
      </div>
    </ClientForm>
  );
}
