'use client';

import { useTranslations } from 'next-intl';
import { saveModuleTranslationAction } from '@/app/(instructor)/author/_actions/translation-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { EditStatus, useFieldError } from './edit-status';
import { TextAreaField } from './fields';
import { useEditAction } from './use-edit-action';

interface Props {
  moduleId: number;
  locale: 'fa-AF' | 'ps';
  english: { title: string; summary: string; objectives: string[]; quizTitle: string | null };
  values: { title: string; summary: string; objectives: string[]; quizTitle: string };
}

/** The module's title, summary, objectives (one per line, as in English) and quiz title in one language. */
export function TranslationModuleForm({ moduleId, locale, english, values }: Props) {
  const t = useTranslations('authoring');
  const edit = useEditAction(saveModuleTranslationAction, '');
  const error = useFieldError(edit.state);
  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-4">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="locale" value={locale} />
      <FormField name="title" id="tr-title" label={t('module.title')} hint={t('translations.english', { text: english.title })} defaultValue={values.title} error={error('title')} maxLength={200} dir="auto" required />
      <TextAreaField id="tr-summary" name="summary" label={t('module.summary')} hint={t('translations.english', { text: english.summary })} defaultValue={values.summary} error={error('summary')} rows={3} dir="auto" />
      <TextAreaField
        id="tr-objectives"
        name="objectives"
        label={t('module.objectives')}
        hint={t('translations.english', { text: english.objectives.join(' / ') })}
        defaultValue={values.objectives.join('\n')}
        error={error('objectives', true)}
        rows={english.objectives.length + 1}
        dir="auto"
      />
      {english.quizTitle !== null && (
        <FormField name="quizTitle" id="tr-quiz-title" label={t('translations.quizTitle')} hint={t('translations.english', { text: english.quizTitle })} defaultValue={values.quizTitle} error={error('quizTitle')} maxLength={200} dir="auto" />
      )}
      <div className="space-y-2">
        <Button type="submit" disabled={edit.pending}>
          {t('translations.saveModule')}
        </Button>
        <EditStatus state={edit.state} />
      </div>
    </ClientForm>
  );
}
