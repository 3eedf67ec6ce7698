'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('unexpectedTitle')}</h1>
      <p>{t('unexpectedText')}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
        {t('retry')}
      </button>
    </div>
  );
}
