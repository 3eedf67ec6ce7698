import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Cell, ColumnHeader, HeaderRow, Row, RowHeader, tableClass } from '@/components/ui/data-table';
import { assignmentStatusOf, type AssignmentColumn, type AssignmentStatuses } from '@/lib/domain/assignments/dashboard';
import type { CellState, DashboardModule, TraineeRow } from '@/lib/domain/cohort-dashboard';
import type { SortKey, TableQuery } from '@/lib/domain/cohort-table';
import { dashboardSearch } from '@/lib/validation/dashboard';
import { formatDate, formatPercent } from '@/lib/i18n/format';
import type { RiskReason, TraineeStatus } from '@/lib/domain/at-risk';

interface Props {
  cohortId: number;
  modules: DashboardModule[];
  rows: TraineeRow[];
  query: TableQuery;
  now: Date;
  /** The programme's assignments and each trainee's latest status, shown in their module's cell. */
  assignments?: AssignmentColumn[];
  assignmentStatuses?: AssignmentStatuses;
}

/** The trainee × module matrix of one page of trainees, with sortable column headers. */
export async function TraineeMatrix({ cohortId, modules, rows, query, now, assignments = [], assignmentStatuses = new Map() }: Props) {
  const t = await getTranslations('dashboard');
  const ta = await getTranslations('assignments');
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/manage/cohorts/${cohortId}/dashboard`;
  // The same few labels repeat in every row: each is translated once per page, not once per cell.
  const cellLabel: Record<CellState, string> = {
    complete: t('cell.complete'),
    'in-progress': t('cell.in-progress'),
    'not-started': t('cell.not-started'),
  };
  const statusLabel: Record<TraineeStatus, string> = {
    complete: t('status.complete'),
    'on-track': t('status.on-track'),
    'at-risk': t('status.at-risk'),
    'not-started': t('status.not-started'),
  };
  const reasonLabel: Record<RiskReason, string> = { inactive: t('reason.inactive'), 'behind-pace': t('reason.behind-pace') };
  const formatLabel = { csv: t('formatCsv'), json: t('formatJson') };
  const header = (key: SortKey, label: string) => {
    const active = query.sort === key;
    const dir = active && query.dir === 'asc' ? 'desc' : 'asc';
    return (
      <ColumnHeader aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined} className="align-bottom">
        <Link
          href={`${base}${dashboardSearch({ ...query, sort: key, dir, page: 1 })}`}
          prefetch={false}
          className="text-brand-700 underline"
        >
          {label}
          <span className="sr-only">{t(dir === 'asc' ? 'sortAscending' : 'sortDescending')}</span>
        </Link>
        {active && <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </ColumnHeader>
    );
  };
  return (
    <div className="relative overflow-x-auto" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className={tableClass}>
        <caption id="matrix-caption" className="sr-only">
          {t('matrixCaption')}
        </caption>
        <thead>
          <HeaderRow>
            {header('name', t('columnTrainee'))}
            {header('country', t('columnCountry'))}
            {modules.map((m, i) => (
              <ColumnHeader key={m.id} className="align-bottom font-medium">
                <abbr title={m.title} className="no-underline">
                  {t('moduleShort', { n: i + 1 })}
                </abbr>
                <span className="sr-only">: {m.title}</span>
              </ColumnHeader>
            ))}
            {header('completion', t('columnCompletion'))}
            {header('activity', t('columnActivity'))}
            <ColumnHeader className="align-bottom">{t('columnStatus')}</ColumnHeader>
            <ColumnHeader className="align-bottom">{t('columnRecord')}</ColumnHeader>
          </HeaderRow>
        </thead>
        <tbody>
          {rows.map((row) => {
            const recordOf = t('recordOf', { name: row.name });
            return (
              <Row key={row.id}>
                <RowHeader>
                  <bdi>{row.name}</bdi>
                  <span className="block text-xs font-normal text-slate-600">{row.email}</span>
                </RowHeader>
                <Cell>{row.country || t('countryUnknown')}</Cell>
                {row.cells.map((cell) => (
                  <Cell
                    key={cell.moduleId}
                    className={cell.state === 'complete' ? 'bg-green-50' : cell.state === 'in-progress' ? 'bg-amber-50' : undefined}
                  >
                    {cellLabel[cell.state]}
                    {cell.score !== null && (
                      <span className="block text-xs text-slate-700">
                        {t('cellScore', { score: formatPercent(locale, cell.score / 100) })}
                      </span>
                    )}
                    {assignments
                      .filter((a) => a.moduleId === cell.moduleId)
                      .map((a) => (
                        <span key={a.key} className="block text-xs text-slate-700">
                          {ta('dashboardCell', {
                            title: a.title,
                            status: ta(`status.${assignmentStatusOf(assignmentStatuses, row.id, a.moduleId, a.key)}`),
                          })}
                        </span>
                      ))}
                  </Cell>
                ))}
                <Cell className="tabular-nums">
                  {t('completionCell', {
                    percent: formatPercent(locale, row.completed, 0),
                    done: row.modulesComplete,
                    total: row.modulesRequired,
                  })}
                </Cell>
                <Cell>
                  {row.lastActivityAt ? (
                    <>
                      {formatDate(locale, row.lastActivityAt)}
                      <span className="block text-xs text-slate-700">{format.relativeTime(row.lastActivityAt, now)}</span>
                    </>
                  ) : (
                    t('noActivity')
                  )}
                </Cell>
                <Cell>
                  <span className={row.status === 'at-risk' ? 'font-semibold text-red-800' : ''}>{statusLabel[row.status]}</span>
                  {row.reasons.length > 0 && (
                    <span className="block text-xs text-slate-700">{row.reasons.map((r) => reasonLabel[r]).join('; ')}</span>
                  )}
                </Cell>
                <Cell className="whitespace-nowrap">
                  <a href={`/api/cohorts/${cohortId}/trainees/${row.id}/record?format=csv`} className="text-brand-700 underline">
                    {formatLabel.csv}
                    <span className="sr-only"> {recordOf}</span>
                  </a>{' '}
                  <a href={`/api/cohorts/${cohortId}/trainees/${row.id}/record?format=json`} className="text-brand-700 underline">
                    {formatLabel.json}
                    <span className="sr-only"> {recordOf}</span>
                  </a>
                </Cell>
              </Row>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
