'use client';

import { useTranslations } from 'next-intl';
import { moodleImportAction } from '@/app/(instructor)/author/banks/[id]/moodle-xml/actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ClientForm } from '@/components/ui/client-form';
import { FileField } from '@/components/ui/file-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

/**
 * Upload a Moodle XML file, preview it (each question with its type, skipped
 * ones with the reason, warnings), then import. The form is not reset, so the
 * import sends the same file that was previewed.
 */
export function MoodleImportForm({ bankId }: { bankId: number }) {
  const t = useTranslations('banks.moodle');
  const tTypes = useTranslations('banks.types');
  const [state, onSubmit, pending] = useFormAction(moodleImportAction);
  const { formError } = formView(state);
  const preview = state.status === 'ok' ? state.data : null;
  const typeName = (type: string) => (tTypes.has(type) ? tTypes(type) : type);
  return (
    <ClientForm onSubmit={onSubmit} noValidate className={cardClass({ className: 'space-y-4' })}>
      <input type="hidden" name="bankId" value={bankId} />
      <FileField id="moodle-file" name="file" accept=".xml,application/xml,text/xml" label={t('file')} hint={t('fileHint')} />
      <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
        {t('preview')}
      </Button>
      {formError && <StatusMessage tone="error">{t(`errors.${formError.key}`, { line: 0, size: 0, ...formError.values })}</StatusMessage>}
      {preview && (
        <section aria-labelledby="moodle-preview" className="space-y-3">
          <h2 id="moodle-preview" className="text-lg font-semibold">
            {t('previewTitle', { importable: preview.importable, skipped: preview.rows.length - preview.importable })}
          </h2>
          {preview.capped && <p>{t('capped', preview.capped)}</p>}
          <ol className="list-decimal space-y-2 ps-6">
            {preview.rows.map((row, index) => (
              <li key={index}>
                <span dir="auto" className="font-medium">
                  {row.name || t('unnamed')}
                </span>{' '}
                ({typeName(row.type)}){' '}
                {row.importable ? (
                  row.warnings.length > 0 && (
                    <ul className="list-disc ps-6 text-sm text-amber-800">
                      {row.warnings.map((warning, i) => (
                        <li key={i}>{t('warning', { warning })}</li>
                      ))}
                    </ul>
                  )
                ) : (
                  <span className="text-sm text-red-800">{t('skipped', { reason: row.reason })}</span>
                )}
              </li>
            ))}
          </ol>
          {preview.importable > 0 && (
            <Button type="submit" name="intent" value="import" disabled={pending}>
              {t('import', { count: preview.importable })}
            </Button>
          )}
        </section>
      )}
    </ClientForm>
  );
}
