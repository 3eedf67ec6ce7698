'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { bulkEnrolAction } from '@/app/(manager)/manage/cohorts/[id]/enrol/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';
import { toEnrolCount } from '@/lib/domain/enrolment-classify';
import { fileSizeProblem, type FileProblem } from '@/lib/domain/enrolment-csv';
import { EnrolPreview } from './enrol-preview';
import { OneTimeLinks } from './one-time-links';

const MB = 1024 * 1024;
function useProblemText() {
  const tError = useTranslations('cohortErrors');
  const format = useFormatter();
  return (problem: FileProblem) => {
    switch (problem.code) {
      case 'too-large':
        return tError('file.too-large', { size: format.number(problem.bytes / MB, { maximumFractionDigits: 1 }), limit: problem.limit / MB });
      case 'malformed':
        return tError(`file.${problem.detail}`, { line: problem.line });
      case 'missing-columns':
        return tError('file.missing-columns', { columns: problem.columns.join(', '), count: problem.columns.length });
      case 'duplicate-column':
        return tError('file.duplicate-column', { column: problem.column });
      case 'too-many-rows':
        return tError('file.too-many-rows', { rows: problem.rows, limit: problem.limit });
      default:
        return tError(`file.${problem.code}`);
    }
  };
}

/**
 * Upload → preview (nothing written) → "Enrol N trainees" (one transaction).
 * The form is submitted by hand so the chosen file stays selected between
 * the two steps; the size is checked here first so a huge file is refused
 * at once, before it is sent.
 */
export function BulkEnrolForm({ cohortId }: { cohortId: number }) {
  const t = useTranslations('enrolment');
  const tError = useTranslations('cohortErrors');
  const problemText = useProblemText();
  const [state, submit, pending] = useFormAction(bulkEnrolAction);
  const [localProblem, setLocalProblem] = useState<FileProblem | null>(null);
  const [stale, setStale] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get('file');
    const problem = file instanceof File && file.name !== '' ? fileSizeProblem(file.size) : null;
    setLocalProblem(problem);
    if (problem) {
      event.preventDefault();
      return;
    }
    setStale(false);
    submit(event);
  }

  const step = !stale && state.status === 'ok' ? state.data : null;
  const refusal = !stale && state.status !== 'ok' && state.status !== 'idle' ? formView(state).formError : undefined;
  const shown = step ?? { step: 'none' as const };
  const problem = localProblem ?? (shown.step === 'file-problem' ? shown.problem : null);
  const count = shown.step === 'preview' ? toEnrolCount(shown.summary) : 0;
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="cohortId" value={cohortId} />
      {shown.step === 'preview' && <input type="hidden" name="fingerprint" value={shown.fingerprint} />}
      <div>
        <label htmlFor="enrol-file" className="block font-medium">{t('fileLabel')}</label>
        <p id="enrol-file-hint" className="text-sm text-slate-600">{t('fileHint')}</p>
        <input
          id="enrol-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={problem ? 'enrol-file-hint enrol-file-error' : 'enrol-file-hint'}
          aria-invalid={Boolean(problem)}
          onChange={() => {
            setLocalProblem(null);
            setStale(true);
          }}
          className="mt-1 block"
        />
        {problem && <p id="enrol-file-error" role="alert" className="mt-1 text-sm text-red-700">{problemText(problem)}</p>}
      </div>
      <Button type="submit" name="intent" value="preview" disabled={pending}>{t('previewButton')}</Button>
      {shown.step === 'preview' && (
        <section aria-labelledby="preview-title" className="space-y-3">
          <h2 id="preview-title" className="text-lg font-semibold">{t('previewTitle')}</h2>
          {shown.changed && <StatusMessage tone="error">{t('changedSincePreview')}</StatusMessage>}
          <p role="status">{t('summary', { ...shown.summary })}</p>
          {shown.ignoredColumns.length > 0 && <p>{t('ignoredColumns', { columns: shown.ignoredColumns.join(', ') })}</p>}
          <EnrolPreview fileName={shown.fileName} rows={shown.rows} />
          {count > 0 ? (
            <Button type="submit" name="intent" value="enrol" disabled={pending}>{t('enrolButton', { count })}</Button>
          ) : (
            <p>{t('nothingToEnrol')}</p>
          )}
        </section>
      )}
      {refusal && <StatusMessage tone="error">{tError(refusal.key, refusal.values)}</StatusMessage>}
      {shown.step === 'enrolled' && (
        <div className="space-y-3">
          <StatusMessage tone="success">{t('enrolled', { ...shown.summary })}</StatusMessage>
          <OneTimeLinks links={shown.links} level={2} />
        </div>
      )}
    </ClientForm>
  );
}
