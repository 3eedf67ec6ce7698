'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('unexpectedTitle')}</h1>
      <p>{t('unexpectedText')}</p>
      <Button type="button" onClick={reset}>
        {t('retry')}
      </Button>
    </div>
  );
}
