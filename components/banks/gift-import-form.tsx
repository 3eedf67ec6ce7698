'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type FormEvent } from 'react';
import { giftImportAction } from '@/app/(instructor)/author/banks/[id]/import/actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { TextArea } from '@/components/ui/controls';
import { FieldFrame } from '@/components/ui/field-frame';
import { FileField } from '@/components/ui/file-field';
import { StatusMessage } from '@/components/ui/status-message';
import { formView, idle } from '@/lib/actions/action-state';
import { MAX_GIFT_BYTES } from '@/lib/validation/banks';
import { GiftPreview } from './gift-preview';

const textErrors = new Set(['empty', 'too-large', 'not-text']);

/**
 * Upload or paste GIFT, preview it, then import. The import form sends the
 * previewed text itself, so what is imported is exactly what was shown.
 */
export function GiftImportForm({ bankId }: { bankId: number }) {
  const t = useTranslations('banks.import');
  const tErrors = useTranslations('banks.errors');
  const [state, action, pending] = useActionState(giftImportAction, idle);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const { values, formError } = formView(state);
  const aboutText = formError !== undefined && textErrors.has(formError.key);
  const fileError =
    tooLarge !== null
      ? tErrors('too-large', { size: tooLarge })
      : aboutText
        ? tErrors(formError.key, { size: 0, ...formError.values })
        : undefined;
  const preview = state.status === 'ok' ? state.data : null;
  const text = preview ? preview.text : (values.text ?? '');

  // Checked here too, so a file far over the limit is never sent.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file');
    if (file instanceof File && file.size > MAX_GIFT_BYTES) {
      event.preventDefault();
      setTooLarge(Math.ceil(file.size / 1024));
    } else setTooLarge(null);
  };

  return (
    <div className="space-y-6">
      <form action={action} onSubmit={checkSize} noValidate className={cardClass({ className: 'space-y-4' })}>
        <input type="hidden" name="bankId" value={bankId} />
        <input type="hidden" name="intent" value="preview" />
        <FileField id="gift-file" name="file" accept=".gift,.txt,text/plain" label={t('file')} hint={t('fileHint')} error={fileError} />
        <FieldFrame id="gift-text" label={t('text')}>
          <TextArea id="gift-text" name="text" rows={10} defaultValue={text} key={text} className="font-mono text-sm" />
        </FieldFrame>
        <Button type="submit" disabled={pending}>
          {t('preview')}
        </Button>
        {formError !== undefined && !aboutText && <StatusMessage tone="error">{tErrors(formError.key)}</StatusMessage>}
      </form>

      {preview && (
        <section aria-labelledby="gift-preview" className="space-y-4">
          <h2 id="gift-preview" className="text-lg font-semibold">
            {t('previewTitle')}
          </h2>
          <GiftPreview questions={preview.questions} errors={preview.errors} moreErrors={preview.moreErrors} />
          {preview.questions.length > 0 ? (
            <form action={action}>
              <input type="hidden" name="bankId" value={bankId} />
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="text" value={preview.text} />
              <Button type="submit" disabled={pending}>
                {t('confirm', { count: preview.questions.length })}
              </Button>
            </form>
          ) : (
            <StatusMessage tone="error">{t('nothingToImport')}</StatusMessage>
          )}
        </section>
      )}
    </div>
  );
}
