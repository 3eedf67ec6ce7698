import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { databaseHealth } from '@/db/queries/health';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('health'))('title'), robots: { index: false } };
}

/** For operators and uptime checks: the app is serving and its database answers. */
export default async function HealthPage() {
  await connection();
  const t = await getTranslations('health');
  const db = databaseHealth();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p role="status">{db.ok ? t('ok') : t('degraded')}</p>
    </div>
  );
}
