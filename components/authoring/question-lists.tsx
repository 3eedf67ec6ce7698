'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/field-error';
import { moveIndex } from '@/lib/domain/reorder';
import { buttonStyles } from './fields';

interface TextRowsProps {
  /** `accepted` (short answers) or `items` (ordering). */
  field: 'accepted' | 'items';
  values: string[];
  onChange: (values: string[]) => void;
  error: (field: string) => string | undefined;
}

/** A list of texts (accepted short answers, or ordering items in their correct order) with add, remove and move. */
export function TextRows({ field, values, onChange, error }: TextRowsProps) {
  const t = useTranslations('authoring');
  const groupError = error(field);
  return (
    <fieldset className="space-y-2" aria-describedby={groupError ? `${field}-error` : `${field}-hint`}>
      <legend className="font-medium">{t(`question.${field}`)}</legend>
      <p id={`${field}-hint`} className="text-sm text-slate-600">
        {t(`question.${field}Hint`)}
      </p>
      <FieldError id={`${field}-error`} message={groupError} />
      <ol className="space-y-2">
        {values.map((value, index) => {
          const n = index + 1;
          const rowError = error(`${field}.${index}`);
          return (
            <li key={index} className="flex flex-wrap items-start gap-2">
              <div className="min-w-64 flex-1">
                <label htmlFor={`${field}-${index}`} className="sr-only">
                  {t(`question.${field}Row`, { n })}
                </label>
                <input
                  id={`${field}-${index}`}
                  value={value}
                  onChange={(e) => onChange(values.map((v, i) => (i === index ? e.target.value : v)))}
                  aria-invalid={Boolean(rowError)}
                  aria-describedby={rowError ? `${field}-${index}-error` : undefined}
                  className="w-full rounded border border-slate-400 px-3 py-1.5"
                />
                <FieldError id={`${field}-${index}-error`} message={rowError} />
              </div>
              {field === 'items' && (
                <>
                  <button
                    type="button"
                    disabled={index === 0}
                    onClick={() => onChange(moveIndex(values, index, 'up'))}
                    aria-label={t('question.moveRowUp', { n })}
                    className={buttonStyles.small}
                  >
                    {t('common.moveUp')}
                  </button>
                  <button
                    type="button"
                    disabled={index === values.length - 1}
                    onClick={() => onChange(moveIndex(values, index, 'down'))}
                    aria-label={t('question.moveRowDown', { n })}
                    className={buttonStyles.small}
                  >
                    {t('common.moveDown')}
                  </button>
                </>
              )}
              <button
                type="button"
                onClick={() => onChange(values.filter((_, i) => i !== index))}
                aria-label={t(`question.${field}Remove`, { n })}
                className={buttonStyles.danger}
              >
                {t('common.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...values, ''])} className={buttonStyles.secondary}>
        {t(`question.${field}Add`)}
      </button>
    </fieldset>
  );
}
