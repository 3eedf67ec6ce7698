'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createModuleAction, updateModuleAction } from '@/app/(instructor)/author/_actions/module-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { EditStatus, useFieldError } from './edit-status';
import { CheckboxField, TextAreaField } from './fields';
import { useEditAction } from './use-edit-action';

export interface ModuleFormValues {
  title: string;
  summary: string;
  objectives: string[];
  selfEnrol: boolean;
}

type Props =
  | { mode: 'create'; programmes: { id: number; title: string }[] }
  | { mode: 'edit'; moduleId: number; revision: number; values: ModuleFormValues };

const empty: ModuleFormValues = { title: '', summary: '', objectives: [], selfEnrol: true };

/** Module metadata: title, summary, objectives (one per line), self-enrolment, and a programme when creating. */
export function ModuleForm(props: Props) {
  const t = useTranslations('authoring');
  const initial = props.mode === 'edit' ? props.values : empty;
  const edit = useEditAction(
    props.mode === 'edit' ? updateModuleAction : createModuleAction,
    props.mode === 'edit' ? String(props.revision) : '',
  );
  const error = useFieldError(edit.state);
  const [title, setTitle] = useState(initial.title);
  const [summary, setSummary] = useState(initial.summary);
  const [objectives, setObjectives] = useState(initial.objectives.join('\n'));
  const [selfEnrol, setSelfEnrol] = useState(initial.selfEnrol);

  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-4">
      {props.mode === 'edit' && (
        <>
          <input type="hidden" name="moduleId" value={props.moduleId} />
          <input type="hidden" name="revision" value={edit.revision} />
        </>
      )}
      <FormField
        name="title"
        id="module-title"
        label={t('module.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={error('title')}
        maxLength={200}
        required
      />
      <TextAreaField
        id="module-summary"
        name="summary"
        label={t('module.summary')}
        hint={t('module.summaryHint')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={error('summary')}
        rows={3}
      />
      <TextAreaField
        id="module-objectives"
        name="objectives"
        label={t('module.objectives')}
        hint={t('module.objectivesHint')}
        value={objectives}
        onChange={(e) => setObjectives(e.target.value)}
        error={error('objectives', true)}
        rows={5}
      />
      {props.mode === 'create' && (
        <SelectField
          id="module-programme"
          name="programmeId"
          label={t('module.programme')}
          defaultValue=""
          placeholder={t('module.noProgramme')}
          options={props.programmes.map((p) => ({ value: String(p.id), label: p.title }))}
        />
      )}
      <CheckboxField
        id="module-self-enrol"
        name="selfEnrol"
        label={t('module.selfEnrol')}
        hint={t('module.selfEnrolHint')}
        checked={selfEnrol}
        onChange={(e) => setSelfEnrol(e.target.checked)}
      />
      <div className="space-y-2">
        <Button type="submit" disabled={edit.pending}>
          {props.mode === 'edit' ? t('module.save') : t('module.create')}
        </Button>
        <EditStatus state={edit.state} />
      </div>
    </ClientForm>
  );
}
