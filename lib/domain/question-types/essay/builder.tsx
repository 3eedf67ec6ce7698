'use client';

import { useTranslations } from 'next-intl';
import { FieldError } from '@/components/ui/field-error';
import type { TypeBuilderProps } from '../input-props';

/** An essay's notes for the grader (never shown to trainees) and the text its answer box starts with. */
export function EssayBuilder({ form, set, error }: TypeBuilderProps) {
  const t = useTranslations('authoring');
  return (
    <div className="space-y-3">
      {(['graderInfo', 'responseTemplate'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`essay-${field}`} className="block font-medium">
            {t(`question.${field}`)}
          </label>
          <textarea
            id={`essay-${field}`}
            dir="auto"
            rows={4}
            value={form[field] ?? ''}
            aria-describedby={error(field) ? `essay-${field}-error` : undefined}
            onChange={(event) => set({ [field]: event.target.value })}
            className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
          />
          <FieldError id={`essay-${field}-error`} message={error(field)} />
        </div>
      ))}
    </div>
  );
}
