import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CreateCohortForm } from '@/components/cohorts/create-cohort-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { cardClass } from '@/components/ui/card';
import { listProgrammes } from '@/db/queries/programmes';
import { requirePermission } from '@/lib/auth/guards';
import { cohortTimeZones, utcOffsetLabel } from '@/lib/domain/time-zone';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cohorts'))('newTitle') };
}

export default async function NewCohortPage() {
  await requirePermission('cohorts:manage', '/manage/cohorts/new');
  const t = await getTranslations('cohorts');
  const now = new Date();
  const programmes = listProgrammes().map((p) => ({ value: String(p.id), label: p.title }));
  const timeZones = cohortTimeZones.map((zone) => ({ value: zone, label: t('timeZoneOption', { zone, offset: utcOffsetLabel(zone, now) }) }));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/manage" className="text-brand-700 underline">
          {t('backToCohorts')}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
        <p className="text-slate-700">{t('newIntro')}</p>
      </div>
      <div className={cardClass()}>
        <ClientMessages namespaces={['cohorts', 'cohortErrors']}>
          <CreateCohortForm programmes={programmes} timeZones={timeZones} />
        </ClientMessages>
      </div>
    </div>
  );
}
