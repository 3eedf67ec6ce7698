import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/select-field';
import { listAuthoredModules } from '@/db/queries/authoring';
import { gradingCohorts, listAssignmentWork } from '@/db/queries/assignment-queue';
import { listEssayAnswers } from '@/db/queries/grading-queue';
import { requirePermission } from '@/lib/auth/guards';
import {
  assignmentQueueItems,
  essayQueueItems,
  filterLate,
  gradingStatuses,
  lateFilters,
  sortQueue,
  type GradingStatus,
  type LateFilter,
} from '@/lib/domain/grading-queue';
import { can } from '@/lib/domain/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('grading'))('title') };
}

type Search = { searchParams: Promise<{ module?: string; cohort?: string; status?: string; late?: string }> };

/**
 * Essays and assignments awaiting a human grade from the trainees of the
 * cohorts the user teaches or manages (administrators: all), oldest first;
 * filter by module, cohort, status and lateness.
 */
export default async function GradingQueuePage({ searchParams }: Search) {
  const user = await requirePermission('content:author', '/author/grading');
  const t = await getTranslations('grading');
  const format = await getFormatter();
  const query = await searchParams;
  const all = can(user.role, 'content:edit-any');
  const modules = listAuthoredModules(user.id, all);
  const moduleId = modules.find((m) => String(m.id) === query.module)?.id;
  const cohorts = gradingCohorts(user.id, all);
  const cohortId = cohorts.find((c) => String(c.id) === query.cohort)?.id;
  const status: GradingStatus | undefined = gradingStatuses.find((s) => s === (query.status ?? 'awaiting'));
  const late: LateFilter = lateFilters.find((l) => l === query.late) ?? 'all';
  const scope = { userId: user.id, all, moduleId, cohortId, status };
  const items = sortQueue(filterLate([...essayQueueItems(listEssayAnswers(scope)), ...assignmentQueueItems(listAssignmentWork(scope))], late));
  const ta = await getTranslations('assignmentGrading');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-4">
        <SelectField
          name="module"
          label={t('filterModule')}
          layout="auto"
          defaultValue={moduleId ? String(moduleId) : ''}
          placeholder={t('allModules')}
          options={modules.map((m) => ({ value: String(m.id), label: m.title }))}
        />
        <SelectField
          name="cohort"
          label={ta('filterCohort')}
          layout="auto"
          defaultValue={cohortId ? String(cohortId) : ''}
          placeholder={ta('allCohorts')}
          options={cohorts.map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <SelectField
          name="status"
          label={t('filterStatus')}
          layout="auto"
          defaultValue={query.status === 'all' ? 'all' : (status ?? 'all')}
          options={[...gradingStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })), { value: 'all', label: t('status.all') }]}
        />
        <SelectField
          name="late"
          label={ta('filterLate')}
          layout="auto"
          defaultValue={late}
          options={[
            { value: 'all', label: ta('lateAll') },
            { value: 'late', label: ta('lateOnly') },
            { value: 'on-time', label: ta('onTimeOnly') },
          ]}
        />
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable headers={[t('columnWork'), t('columnTrainee'), t('columnModule'), t('columnSubmitted'), t('columnStatus')]}>
          {items.map((item) => (
            <Row key={item.href}>
              <RowHeader>
                <Link href={item.href} className="text-brand-700 underline">
                  {item.kind === 'assignment' ? ta('kind') : t(`kind.${item.kind}`)}: <span dir="auto">{item.title.slice(0, 80)}</span>
                </Link>
                {item.late && <span className="ms-2 rounded bg-amber-100 px-2 text-sm text-amber-900">{ta('lateMark')}</span>}
              </RowHeader>
              <Cell>
                <span dir="auto">{item.traineeName}</span>
              </Cell>
              <Cell>
                <span dir="auto">{item.moduleTitle}</span>
              </Cell>
              <Cell>{item.submittedAt ? format.dateTime(item.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : ''}</Cell>
              <Cell>{item.status === 'graded' ? t('gradedPoints', { points: item.points ?? 0, max: item.maxPoints }) : t('status.awaiting')}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
