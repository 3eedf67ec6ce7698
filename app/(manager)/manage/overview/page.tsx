import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProgrammeSection } from '@/components/dashboard/programme-section';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';
import { programmeOverview } from '@/lib/reports/programme-overview';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('programmeOverview'))('title') };
}

export default async function ProgrammeOverviewPage() {
  const user = await requirePermission('reports:view', '/manage/overview');
  const t = await getTranslations('programmeOverview');
  const all = can(user.role, 'cohorts:view-all');
  const programmes = programmeOverview({ userId: user.id, all, now: new Date() });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{all ? t('introAll') : t('intro')}</p>
      </div>
      {programmes.length === 0 ? <p>{t('empty')}</p> : programmes.map((p) => <ProgrammeSection key={p.programmeId} programme={p} />)}
    </div>
  );
}
