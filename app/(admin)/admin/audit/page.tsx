import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { listAudit } from '@/db/queries/audit';
import { requirePermission } from '@/lib/auth/guards';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('auditTitle') };
}

export default async function AuditPage() {
  await requirePermission('audit:view', '/admin/audit');
  const t = await getTranslations('admin');
  const locale = await getLocale();
  const entries = listAudit(200);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('auditTitle')}</h1>
      <p className="text-slate-700">{t('auditIntro')}</p>
      {entries.length === 0 ? (
        <p>{t('auditEmpty')}</p>
      ) : (
        <DataTable headers={[t('columnWhen'), t('columnActor'), t('columnAction'), t('columnTarget'), t('columnDetails')]}>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-200 align-top">
              <td className="p-2 whitespace-nowrap">{formatDate(locale, entry.createdAt, { withTime: true })}</td>
              <td className="p-2">{entry.actorName ?? t('system')}</td>
              <td className="p-2 font-mono">{entry.action}</td>
              <td className="p-2">{`${entry.targetType} ${entry.targetId ?? ''}`}</td>
              <td className="p-2 font-mono text-xs break-all">{entry.details ? JSON.stringify(entry.details) : ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
