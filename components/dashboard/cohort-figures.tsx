import { getFormatter, getTranslations } from 'next-intl/server';
import { cardClass } from '@/components/ui/card';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
import { traineeStatuses } from '@/lib/domain/at-risk';
import type { DashboardModule } from '@/lib/domain/cohort-dashboard';
import type { CohortSummary } from '@/lib/domain/cohort-summary';

/** The cohort's headline figures: trainees, completion, completions, and how many trainees are in each status. */
export async function CohortFigures({ summary }: { summary: CohortSummary }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  const figures: [string, string][] = [
    [t('figureTrainees'), format.number(summary.trainees)],
    [t('figureCompletion'), format.number(summary.completionPercent / 100, { style: 'percent', maximumFractionDigits: 1 })],
    [t('figureProgrammeCompletions'), format.number(summary.programmeCompletions)],
    ...traineeStatuses.map((status): [string, string] => [t(`status.${status}`), format.number(summary.statuses[status])]),
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {figures.map(([label, value]) => (
        <div key={label} className={cardClass({ padding: 'sm' })}>
          <dt className="text-sm text-slate-700">{label}</dt>
          <dd className="text-2xl font-bold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Per module: how many trainees completed it or are on it, and the average counted quiz score. */
export async function ModuleAverages({ modules, summary }: { modules: DashboardModule[]; summary: CohortSummary }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  return (
    <DataTable
      headers={[t('columnModule'), numericColumn(t('columnComplete')), numericColumn(t('columnInProgress')), numericColumn(t('columnAverageScore'))]}
    >
      {modules.map((m, i) => {
        const entry = summary.modules[i];
        return (
          <Row key={m.id}>
            <RowHeader className="font-normal">
              {t('moduleShort', { n: i + 1 })}: {m.title}
              {!m.required && <span className="text-slate-700"> ({t('optional')})</span>}
            </RowHeader>
            <Cell numeric>{format.number(entry?.complete ?? 0)}</Cell>
            <Cell numeric>{format.number(entry?.inProgress ?? 0)}</Cell>
            <Cell numeric>
              {m.scoring === null
                ? t('noQuiz')
                : entry?.averageScore == null
                  ? t('noScores')
                  : t('averageScore', { score: format.number(entry.averageScore / 100, { style: 'percent', maximumFractionDigits: 1 }), count: entry.scored })}
            </Cell>
          </Row>
        );
      })}
    </DataTable>
  );
}
