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

interface PairRowsProps {
  pairs: { left: string; right: string }[];
  onChange: (pairs: { left: string; right: string }[]) => void;
  error: (field: string) => string | undefined;
}

/** Matching pairs: each item and what it matches (the right-hand sides are shuffled for trainees). */
export function PairRows({ pairs, onChange, error }: PairRowsProps) {
  const t = useTranslations('authoring');
  const groupError = error('pairs');
  const update = (index: number, side: 'left' | 'right', value: string) =>
    onChange(pairs.map((p, i) => (i === index ? { ...p, [side]: value } : p)));
  return (
    <fieldset className="space-y-2" aria-describedby={groupError ? 'pairs-error' : 'pairs-hint'}>
      <legend className="font-medium">{t('question.pairs')}</legend>
      <p id="pairs-hint" className="text-sm text-slate-600">
        {t('question.pairsHint')}
      </p>
      <FieldError id="pairs-error" message={groupError} />
      <ol className="space-y-2">
        {pairs.map((pair, index) => {
          const n = index + 1;
          return (
            <li key={index} className="flex flex-wrap items-start gap-2">
              {(['left', 'right'] as const).map((side) => {
                const sideError = error(`pairs.${index}.${side}`);
                return (
                  <div key={side} className="min-w-48 flex-1">
                    <label htmlFor={`pair-${index}-${side}`} className="block text-sm">
                      {t(side === 'left' ? 'question.pairLeft' : 'question.pairRight', { n })}
                    </label>
                    <input
                      id={`pair-${index}-${side}`}
                      value={pair[side]}
                      onChange={(e) => update(index, side, e.target.value)}
                      aria-invalid={Boolean(sideError)}
                      aria-describedby={sideError ? `pair-${index}-${side}-error` : undefined}
                      className="mt-1 w-full rounded border border-slate-400 px-3 py-1.5"
                    />
                    <FieldError id={`pair-${index}-${side}-error`} message={sideError} />
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => onChange(pairs.filter((_, i) => i !== index))}
                aria-label={t('question.removePair', { n })}
                className={`${buttonStyles.danger} mt-6`}
              >
                {t('common.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...pairs, { left: '', right: '' }])} className={buttonStyles.secondary}>
        {t('question.addPair')}
      </button>
    </fieldset>
  );
}
