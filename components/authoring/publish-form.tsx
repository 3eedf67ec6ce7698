'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { publishAction } from '@/app/(instructor)/author/_actions/publish-actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FormField } from '@/components/ui/form-field';
import { CHANGELOG_MAX } from '@/lib/validation/authoring';
import { EditStatus, useFieldError } from './edit-status';
import { useEditAction } from './use-edit-action';

/** Publishes the draft as a new version, with a one-line changelog trainees' history can be read against. */
export function PublishForm({ moduleId, disabled }: { moduleId: number; disabled: boolean }) {
  const t = useTranslations('authoring');
  const edit = useEditAction(publishAction, '');
  const error = useFieldError(edit.state);
  const [changelog, setChangelog] = useState('');
  return (
    <ClientForm onSubmit={edit.submit} noValidate className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <FormField
        name="changelog"
        id="publish-changelog"
        label={t('publish.changelog')}
        hint={t('publish.changelogHint', { max: CHANGELOG_MAX })}
        value={changelog}
        onChange={(e) => setChangelog(e.target.value)}
        error={error('changelog')}
      />
      <Button type="submit" disabled={edit.pending || disabled}>
        {edit.pending ? t('publish.publishing') : t('publish.submit')}
      </Button>
      <EditStatus state={edit.state} />
    </ClientForm>
  );
}
