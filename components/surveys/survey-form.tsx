'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveSurveyAction } from '@/app/(manager)/manage/surveys/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea } from '@/components/ui/controls';
import { FieldFrame } from '@/components/ui/field-frame';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { surveyTargetKinds, type SurveyQuestion, type SurveyTargetKind } from '@/lib/domain/surveys/questions';
import { QuestionEditor } from './question-editor';

/** What the form starts with: empty for a new survey, the survey's fields (local times) when editing. */
export interface SurveyFormInitial {
  surveyId: number | null;
  title: string;
  intro: string;
  targetKind: SurveyTargetKind;
  eventId: string;
  moduleId: string;
  anonymous: boolean;
  opensAt: string;
  closesAt: string;
  questions: SurveyQuestion[];
  /** Trainees have started answering: questions and anonymity are shown but cannot change. */
  locked: boolean;
}

interface Props {
  cohortId: number;
  zoneLabel: string;
  events: { id: number; title: string }[];
  modules: { id: number; title: string }[];
  initial: SurveyFormInitial;
}

/** A survey's title, target, anonymity, dates in the cohort's zone, and questions. */
export function SurveyForm({ cohortId, zoneLabel, events, modules, initial }: Props) {
  const t = useTranslations('surveyForm');
  const tError = useTranslations('surveyErrors');
  const [state, onSubmit, pending] = useFormAction(saveSurveyAction);
  const { fieldErrors: errors, values, formError } = formView(state);
  const [target, setTarget] = useState<SurveyTargetKind>(initial.targetKind);
  const error = (field: string) => (errors[field] ? tError(errors[field].key, errors[field].values) : undefined);
  const anonymous = values.anonymous ? values.anonymous === 'anonymous' : initial.anonymous;
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="surveyId" value={initial.surveyId ?? ''} />
      {formError && <StatusMessage tone="error">{tError(formError.key, formError.values)}</StatusMessage>}
      <FormField name="title" label={t('title')} dir="auto" defaultValue={values.title ?? initial.title} error={error('title')} required maxLength={160} />
      <FieldFrame id="intro" label={t('intro')} hint={t('introHint')} error={error('intro')}>
        <TextArea id="intro" name="intro" dir="auto" rows={3} maxLength={2000} defaultValue={values.intro ?? initial.intro} aria-describedby="intro-hint" />
      </FieldFrame>
      <SelectField
        name="targetKind"
        label={t('target')}
        hint={t('targetHint')}
        value={target}
        onChange={(e) => setTarget(e.target.value as SurveyTargetKind)}
        options={surveyTargetKinds.map((kind) => ({ value: kind, label: t(`targets.${kind}`) }))}
        error={error('targetKind')}
      />
      {target === 'event' && (
        <SelectField name="eventId" label={t('event')} placeholder={t('choose')} options={events.map((e) => ({ value: String(e.id), label: e.title }))} defaultValue={values.eventId ?? initial.eventId} error={error('eventId')} />
      )}
      {target === 'module' && (
        <SelectField name="moduleId" label={t('module')} placeholder={t('choose')} options={modules.map((m) => ({ value: String(m.id), label: m.title }))} defaultValue={values.moduleId ?? initial.moduleId} error={error('moduleId')} />
      )}
      <fieldset className="space-y-1">
        <legend className="font-medium">{t('anonymity')}</legend>
        {initial.locked && <input type="hidden" name="anonymous" value={initial.anonymous ? 'anonymous' : 'named'} />}
        {(['anonymous', 'named'] as const).map((choice) => (
          <label key={choice} className="flex items-start gap-2">
            <input type="radio" name={initial.locked ? undefined : 'anonymous'} value={choice} defaultChecked={anonymous === (choice === 'anonymous')} disabled={initial.locked} className="mt-1" />
            <span>{t(`anonymityChoices.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField name="opensAt" type="datetime-local" label={t('opensAt')} hint={t('zoneHint', { zone: zoneLabel })} defaultValue={values.opensAt ?? initial.opensAt} error={error('opensAt')} required />
        <FormField name="closesAt" type="datetime-local" label={t('closesAt')} hint={t('zoneHint', { zone: zoneLabel })} defaultValue={values.closesAt ?? initial.closesAt} error={error('closesAt')} required />
      </div>
      <section aria-labelledby="questions-heading" className="space-y-2">
        <h2 id="questions-heading" className="text-lg font-semibold">{t('questions')}</h2>
        {initial.locked ? (
          <>
            <p>{t('lockedNote')}</p>
            <input type="hidden" name="questions" value={JSON.stringify(initial.questions)} />
            <ol className="list-decimal space-y-1 ps-6">
              {initial.questions.map((q) => <li key={q.key} dir="auto">{q.prompt} ({t(`kinds.${q.kind}`)})</li>)}
            </ol>
          </>
        ) : (
          <QuestionEditor initial={initial.questions} errors={errors} />
        )}
      </section>
      <Button type="submit" disabled={pending}>{initial.surveyId ? t('save') : t('create')}</Button>
    </ClientForm>
  );
}
