import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listManagedCohorts } from '@/db/queries/cohorts';
import { requirePermission } from '@/lib/auth/dal';
import { can } from '@/lib/domain/permissions';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('manage'))('title') };
}

export default async function CohortsHome() {
  const user = await requirePermission('cohorts:manage', '/manage');
  const t = await getTranslations('manage');
  const seesAll = can(user.role, 'cohorts:view-all');
  const rows = listManagedCohorts(user.id, seesAll);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{seesAll ? t('introAdmin') : t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnCohort'), t('columnProgramme'), t('columnDates'), t('columnTrainees')]}>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-medium">
                {row.name}
              </th>
              <td className="p-2">{row.programmeTitle}</td>
              <td className="p-2">{t('dates', { start: row.startsOn, end: row.endsOn })}</td>
              <td className="p-2">{row.traineeCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
