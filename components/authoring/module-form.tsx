'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createModuleAction, updateModuleAction } from '@/app/(instructor)/author/_actions/module-actions';
import { FormField } from '@/components/ui/form-field';
import { EditStatus, useFieldError } from './edit-status';
import { buttonStyles, CheckboxField, TextAreaField } from './fields';
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
    <form onSubmit={edit.submit} noValidate className="space-y-4">
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
        <div>
          <label htmlFor="module-programme" className="block font-medium">
            {t('module.programme')}
          </label>
          <select
            id="module-programme"
            name="programmeId"
            defaultValue=""
            className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
          >
            <option value="">{t('module.noProgramme')}</option>
            {props.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                <bdi>{p.title}</bdi>
              </option>
            ))}
          </select>
        </div>
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
        <button type="submit" disabled={edit.pending} className={buttonStyles.primary}>
          {props.mode === 'edit' ? t('module.save') : t('module.create')}
        </button>
        <EditStatus state={edit.state} />
      </div>
    </form>
  );
}
