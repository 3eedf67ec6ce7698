'use client';

import { useTranslations } from 'next-intl';
import { TextRows } from '@/components/authoring/question-lists';
import type { TypeBuilderProps } from '../input-props';

/** Accepted answers, how `*` works in them, and whether case matters (Moodle's "case sensitive"). */
export function ShortBuilder({ form, set, error }: TypeBuilderProps) {
  const t = useTranslations('shortAnswer');
  return (
    <div className="space-y-2">
      <TextRows field="accepted" values={form.accepted} onChange={(accepted) => set({ accepted })} error={error} />
      <p className="text-sm text-slate-600">{t('wildcardHint')}</p>
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" checked={form.caseSensitive ?? false} onChange={(event) => set({ caseSensitive: event.target.checked })} />
        {t('caseSensitive')}
      </label>
    </div>
  );
}
