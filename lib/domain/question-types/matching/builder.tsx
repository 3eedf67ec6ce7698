'use client';

import { useTranslations } from 'next-intl';
import { buttonStyles } from '@/components/authoring/fields';
import { FieldError } from '@/components/ui/field-error';
import type { TypeBuilderProps } from '../input-props';

interface PairRowsProps {
  pairs: { left: string; right: string }[];
  onChange: (pairs: { left: string; right: string }[]) => void;
  error: (field: string) => string | undefined;
}

/** Matching pairs: each item and what it matches (the right-hand sides are shuffled for trainees). */
function PairRows({ pairs, onChange, error }: PairRowsProps) {
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

/** Matching: the pairs an author writes. */
export function MatchingBuilder({ form, set, error }: TypeBuilderProps) {
  return <PairRows pairs={form.pairs} onChange={(pairs) => set({ pairs })} error={error} />;
}
