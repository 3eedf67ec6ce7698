import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Cell, DataTable, Row } from '@/components/ui/data-table';
import { listAudit } from '@/db/queries/audit';
import { requirePermission } from '@/lib/auth/guards';
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
            <Row key={entry.id}>
              <Cell className="whitespace-nowrap">{formatDate(locale, entry.createdAt, { withTime: true })}</Cell>
              <Cell>{entry.actorName ?? t('system')}</Cell>
              <Cell className="font-mono">{entry.action}</Cell>
              <Cell>{`${entry.targetType} ${entry.targetId ?? ''}`}</Cell>
              <Cell className="font-mono text-xs break-all">{entry.details ? JSON.stringify(entry.details) : ''}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
