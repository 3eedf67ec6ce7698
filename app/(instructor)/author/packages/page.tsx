import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PackageImportForm } from '@/components/packages/package-import-form';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { listAuthoredModules } from '@/db/queries/authoring';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/domain/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('modulePackages'))('title') };
}

/** Export a module's draft as a content-format .zip, or import one. */
export default async function PackagesPage() {
  const user = await requirePermission('content:author', '/author/packages');
  const t = await getTranslations('modulePackages');
  const rows = listAuthoredModules(user.id, can(user.role, 'content:edit-any'));
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <Section id="export-modules" title={t('exportTitle')}>
        {rows.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <DataTable headers={[t('columnModule'), t('columnActions')]}>
            {rows.map((row) => (
              <Row key={row.id}>
                <RowHeader>
                  <bdi>{row.title}</bdi>
                </RowHeader>
                <Cell className="flex flex-wrap gap-x-4">
                  <a href={`/api/author/modules/${row.id}/package`} download className="text-brand-700 underline">
                    {t('export', { module: row.title })}
                  </a>
                  <Link href={`/author/modules/${row.id}/quiz/from-bank`} className="text-brand-700 underline">
                    {t('fromBank', { module: row.title })}
                  </Link>
                </Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </Section>
      <Section id="import-package" title={t('importTitle')} card>
        <p className="text-slate-700">{t('importIntro')}</p>
        <ClientMessages namespaces={['modulePackages']}>
          <PackageImportForm />
        </ClientMessages>
      </Section>
    </div>
  );
}
