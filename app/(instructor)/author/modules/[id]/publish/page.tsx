import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ModuleNav } from '@/components/authoring/module-nav';
import { PublishForm } from '@/components/authoring/publish-form';
import { listVersions } from '@/db/queries/authoring-publish';
import { idParam, requireEditableModule } from '@/lib/authoring/access';
import { getDraftStatus } from '@/lib/authoring/draft-status';
import { moduleCaptionsReader } from '@/lib/authoring/files';
import { DataTable } from '@/components/ui/data-table';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('authoring'))('publish.heading') };
}

/** Publishing: what stops it, the changelog line, and every version published so far. */
export default async function PublishPage({ params }: Params) {
  const { id } = await params;
  const { module: owned } = await requireEditableModule(idParam(id), `/author/modules/${id}/publish`, 'content:publish');
  const t = await getTranslations('authoring');
  const format = await getFormatter();
  const status = getDraftStatus(owned.id, moduleCaptionsReader(owned.slug));
  const versions = listVersions(owned.id);
  return (
    <div className="space-y-8">
      <ModuleNav moduleId={owned.id} title={owned.title} current="publish" />
      <h1 className="text-2xl font-bold">{t('publish.heading')}</h1>
      <section aria-labelledby="publish-now" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="publish-now" className="text-lg font-semibold">
          {t('publish.newVersion')}
        </h2>
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
        <PublishForm moduleId={owned.id} disabled={status.problems.length > 0} />
      </section>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-semibold">
          {t('publish.history')}
        </h2>
        {versions.length === 0 ? (
          <p>{t('publish.noVersions')}</p>
        ) : (
          <DataTable headers={[t('publish.columnVersion'), t('publish.columnDate'), t('publish.columnChangelog'), t('publish.columnBy')]}>
            {versions.map((v) => (
              <tr key={v.version} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-medium">
                  {t('publish.version', { version: v.version })}
                </th>
                <td className="p-2">{format.dateTime(v.publishedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td className="p-2">{v.changelog}</td>
                <td className="p-2">{v.publishedBy ?? t('publish.byImport')}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
