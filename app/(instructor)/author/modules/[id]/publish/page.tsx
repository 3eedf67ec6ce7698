import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { PublishForm } from '@/components/authoring/publish-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { listVersions } from '@/db/queries/authoring-publish';
import { requireEditableModule } from '@/lib/auth/guards';
import { getDraftStatus } from '@/lib/authoring/draft-status';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { formatDate } from '@/lib/i18n/format';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('publish.heading') };
}

/** Publishing: what stops it, the changelog line, and every version published so far. */
export default async function PublishPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(id, `/author/modules/${id}/publish`, 'content:publish');
  const t = await getTranslations('authoring');
  const locale = await getLocale();
  const status = getDraftStatus(owned.id, moduleCaptionsReader(owned.slug));
  const versions = listVersions(owned.id);
  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={owned.title} current="publish" />
      <h1 className="text-2xl font-bold">{t('publish.heading')}</h1>
      <Section id="publish-now" title={t('publish.newVersion')} card>
        <p>
          {status.publishedVersion === null
            ? t('status.neverPublished')
            : status.changed
              ? t('status.changedSince', { version: status.publishedVersion })
              : t('status.upToDate', { version: status.publishedVersion })}
        </p>
        <p className="text-sm text-slate-700">{t('publish.explain')}</p>
        {status.problems.length > 0 && (
          <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
            <p className="font-medium">{t('publish.problemsTitle')}</p>
            <ul className="list-disc ps-6">
              {status.problems.map((problem, i) => (
                <li key={i}>
                  {t(`publish.problems.${problem.key}`, {
                    ...problem.values,
                    problem: typeof problem.values?.problem === 'string' ? t(`errors.${problem.values.problem}`) : '',
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ClientMessages namespaces={['authoring']}>
          <PublishForm moduleId={owned.id} disabled={status.problems.length > 0} />
        </ClientMessages>
      </Section>
      <Section id="history" title={t('publish.history')}>
        {versions.length === 0 ? (
          <p>{t('publish.noVersions')}</p>
        ) : (
          <DataTable headers={[t('publish.columnVersion'), t('publish.columnDate'), t('publish.columnChangelog'), t('publish.columnBy')]}>
            {versions.map((v) => (
              <Row key={v.version}>
                <RowHeader>
                  {t('publish.version', { version: v.version })}
                </RowHeader>
                <Cell>{formatDate(locale, v.publishedAt, { withTime: true })}</Cell>
                <Cell>{v.changelog}</Cell>
                <Cell>{v.publishedBy ?? t('publish.byImport')}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </Section>
    </div>
  );
}
