import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CohortCharts } from '@/components/dashboard/cohort-charts-section';
import { CohortFigures, ModuleAverages } from '@/components/dashboard/cohort-figures';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { Pagination } from '@/components/dashboard/pagination';
import { TraineeMatrix } from '@/components/dashboard/trainee-matrix';
import { StatusMessage } from '@/components/ui/status-message';
import { INACTIVITY_DAYS, PACE_TOLERANCE } from '@/lib/domain/at-risk';
import { requireCohort } from '@/lib/auth/guards';
import { cohortDashboard } from '@/lib/reports/cohort-dashboard';
import { dashboardSearch, parseDashboardQuery } from '@/lib/validation/dashboard';
import { formatDay } from '@/lib/i18n/format';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('metaTitle') };
}

export default async function CohortDashboardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const base = `/manage/cohorts/${id}/dashboard`;
  const { cohort } = await requireCohort('report', id, base);
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  const { query, problems } = parseDashboardQuery(await searchParams);
  const now = new Date();
  const { modules, summary, countries, weeks, byCountry, page, assignments, assignmentStatuses } = cohortDashboard(cohort, query, now);
  const exportHref = `/api/cohorts/${cohort.id}/export${dashboardSearch({ country: query.country, status: query.status })}`;
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href="/manage/overview" prefetch={false} className="text-brand-700 underline">{t('backToOverview')}</Link>
        </p>
        <h1 className="text-2xl font-bold">{t('title', { cohort: cohort.name })}</h1>
        <p className="text-slate-700">{t('subtitle', { programme: cohort.programmeTitle, start: formatDay(locale, cohort.startsOn), target: formatDay(locale, cohort.targetOn) })}</p>
      </div>
      {problems.map((p) => (
        <StatusMessage key={p.field} tone="error">{t(`problem.${p.field}`, { value: p.value })}</StatusMessage>
      ))}
      <section aria-labelledby="figures" className="space-y-3">
        <h2 id="figures" className="text-lg font-semibold">{t('figuresTitle')}</h2>
        <CohortFigures summary={summary} />
        <p className="text-sm text-slate-700">{t('riskRule', { days: INACTIVITY_DAYS, tolerance: Math.round(PACE_TOLERANCE * 100) })}</p>
      </section>
      <section aria-labelledby="trainees" className="space-y-3">
        <h2 id="trainees" className="text-lg font-semibold">{t('traineesTitle')}</h2>
        <DashboardFilters action={base} countries={countries} query={query} />
        <p>
          <a href={exportHref} className="font-medium text-brand-700 underline">{t('downloadCsv')}</a>
        </p>
        {page.total === 0 ? (
          <p role="status">{t('noMatches')}</p>
        ) : (
          <>
            <TraineeMatrix cohortId={cohort.id} modules={modules} rows={page.rows} query={query} now={now} assignments={assignments} assignmentStatuses={assignmentStatuses} />
            <Pagination base={base} query={query} page={page.page} pages={page.pages} total={page.total} />
          </>
        )}
      </section>
      <section aria-labelledby="modules" className="space-y-3">
        <h2 id="modules" className="text-lg font-semibold">{t('modulesTitle')}</h2>
        <ModuleAverages modules={modules} summary={summary} />
      </section>
      <CohortCharts weeks={weeks} countries={byCountry} />
    </div>
  );
}
