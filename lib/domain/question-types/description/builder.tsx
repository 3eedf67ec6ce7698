'use client';

import { useTranslations } from 'next-intl';

/** A description has no answer: say so, so the author does not look for one. */
export function DescriptionBuilder() {
  const t = useTranslations('authoring');
  return <p className="text-sm text-slate-600">{t('question.descriptionHint')}</p>;
}
