import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { listManagedCohorts } from '@/db/queries/cohorts';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';
import { formatDay, formatNumber } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('title') };
}

export default async function CohortsHome() {
  const user = await requirePermission('cohorts:manage', '/manage');
  const t = await getTranslations('manage');
  const locale = await getLocale();
  const tCohorts = await getTranslations('cohorts');
  const seesAll = can(user.role, 'cohorts:view-all');
  const rows = listManagedCohorts(user.id, seesAll);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{seesAll ? t('introAdmin') : t('intro')}</p>
      <p>
        <LinkButton href="/manage/cohorts/new">
          {tCohorts('newTitle')}
        </LinkButton>
      </p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnCohort'), t('columnProgramme'), t('columnDates'), t('columnTrainees')]}>
          {rows.map((row) => (
            <Row key={row.id}>
              <RowHeader>
                <Link href={`/manage/cohorts/${row.id}`} className="text-brand-700 underline">
                  <bdi>{row.name}</bdi>
                </Link>
              </RowHeader>
              <Cell>{row.programmeTitle}</Cell>
              <Cell>{t('dates', { start: formatDay(locale, row.startsOn), end: formatDay(locale, row.endsOn) })}</Cell>
              <Cell>{formatNumber(locale, row.traineeCount)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
