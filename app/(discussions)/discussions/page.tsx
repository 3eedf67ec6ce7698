import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DiscussionsSummary } from '@/app/(discussions)/discussions/_components/discussions-summary';
import { requirePermission } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('discussions') };
}

/** Every cohort the user belongs to: its forum with unread counts and, for its instructors and managers, the moderation queue. */
export default async function DiscussionsPage() {
  const user = await requirePermission('discussions:take-part', '/discussions');
  const t = await getTranslations('discussions');
  const tNav = await getTranslations('nav');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{tNav('discussions')}</h1>
      <DiscussionsSummary userId={user.id} headingLevel={2} emptyText={t('noCohorts')} />
    </div>
  );
}
