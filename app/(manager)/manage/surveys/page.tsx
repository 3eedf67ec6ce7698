import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
import { listSurveys, surveyCohorts } from '@/db/queries/surveys';
import { requirePermission } from '@/lib/auth/guards';
import { formatCommitment } from '@/lib/i18n/format';
import { runsAllSurveys } from '@/lib/surveys/access';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveys'))('title') };
}

/** Every survey of the cohorts the user manages or teaches (all for an administrator). */
export default async function SurveysPage() {
  const user = await requirePermission('reports:view', '/manage/surveys');
  const t = await getTranslations('surveys');
  const locale = await getLocale();
  const all = runsAllSurveys(user);
  const cohorts = surveyCohorts({ userId: user.id, all });
  const surveys = listSurveys({ all, cohortIds: cohorts.map((c) => c.id) });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        {cohorts.length > 0 ? <LinkButton href="/manage/surveys/new">{t('create')}</LinkButton> : <p>{t('noCohorts')}</p>}
      </div>
      {surveys.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnSurvey'), t('columnCohort'), t('columnAbout'), t('columnCloses'), numericColumn(t('columnResponses'))]} caption={t('caption')} captionHidden>
          {surveys.map((s) => (
            <Row key={s.id}>
              <RowHeader>
                <Link dir="auto" href={`/manage/surveys/${s.id}`} className="text-brand-700 underline">{s.title}</Link>
              </RowHeader>
              <Cell dir="auto">{s.cohortName}</Cell>
              <Cell dir="auto">{s.targetKind === 'event' ? s.eventTitle : s.targetKind === 'module' ? s.moduleTitle : t('wholeCohort')}</Cell>
              <Cell>{formatCommitment(locale, s.closesAt, { timeZone: s.timeZone, withTime: true })}</Cell>
              <Cell numeric>{s.submitted}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
