'use client';

import { useTranslations } from 'next-intl';
import { saveLessonCaptionsAction } from '@/app/(instructor)/author/_actions/translation-actions';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { ClientForm } from '@/components/ui/client-form';
import { FileField } from '@/components/ui/file-field';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView } from '@/lib/actions/action-state';

interface Props {
  lessonId: number;
  locale: 'fa-AF' | 'ps';
  /** Whether the saved translation already has captions, and how many cues. */
  current: { cues: number } | null;
  /** False until the lesson's text in this language has been saved. */
  textSaved: boolean;
  limitMb: number;
}

/** Upload (or remove) the lecture's captions in this language: `lecture.<locale>.vtt`, published with the translation. */
export function TranslationCaptionsForm({ lessonId, locale, current, textSaved, limitMb }: Props) {
  const t = useTranslations('translationCaptions');
  const tUpload = useTranslations('authoring.uploadErrors');
  const [state, onSubmit, pending] = useFormAction(saveLessonCaptionsAction);
  const { formError } = formView(state);
  const error = formError
    ? formError.key.startsWith('upload.')
      ? tUpload(formError.key.slice('upload.'.length), { name: '', allowed: '.vtt', limitMb, line: 1, detail: '', extension: 'vtt', detected: '', ...formError.values })
      : t(`errors.${formError.key}`)
    : undefined;
  return (
    <section aria-labelledby="translation-captions" className={cardClass({ className: 'space-y-3' })}>
      <h2 id="translation-captions" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p>{current ? t('current', { cues: current.cues }) : t('none')}</p>
      {textSaved ? (
        <ClientForm onSubmit={onSubmit} noValidate className="space-y-3">
          <input type="hidden" name="lessonId" value={lessonId} />
          <input type="hidden" name="locale" value={locale} />
          <FileField id="translation-captions-file" name="file" accept=".vtt,text/vtt" label={t('file')} hint={t('hint', { limitMb })} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" name="intent" value="upload" disabled={pending}>
              {t('upload')}
            </Button>
            {current && (
              <Button type="submit" name="intent" value="remove" variant="secondary" disabled={pending}>
                {t('remove')}
              </Button>
            )}
          </div>
          {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(`notices.${state.message.key}`)}</StatusMessage>}
          {error && <StatusMessage tone="error">{error}</StatusMessage>}
        </ClientForm>
      ) : (
        <p className="text-slate-700">{t('errors.text-first')}</p>
      )}
    </section>
  );
}
