import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
import type { AttemptSummary } from '@/db/queries/attempts';
import { formatDate, formatNumber } from '@/lib/i18n/format';

/** The trainee's attempts at a module quiz, with links to each result. */
export async function AttemptHistory({ attempts, moduleSlug }: { attempts: AttemptSummary[]; moduleSlug: string }) {
  const t = await getTranslations('module');
  const locale = await getLocale();
  if (attempts.length === 0) return null;
  return (
    <DataTable
      headers={[t('historyAttempt'), t('historyVersion'), t('historyDate'), t('historyScore'), t('historyResult')]}
      caption={t('historyTitle')}
    >
      {attempts.map((a) => (
        <Row key={a.id}>
          <RowHeader>
            {a.status === 'open' ? (
              t('historyNumber', { n: a.attemptNo })
            ) : (
              <Link href={`/modules/${moduleSlug}/quiz/attempts/${a.id}`} className="text-brand-700 underline">
                {t('historyNumber', { n: a.attemptNo })}
              </Link>
            )}
          </RowHeader>
          <Cell>{formatNumber(locale, a.version)}</Cell>
          <Cell>{formatDate(locale, a.submittedAt ?? a.startedAt, { withTime: true })}</Cell>
          <Cell>{a.percent === null ? '—' : t('percent', { percent: a.percent })}</Cell>
          <Cell>
            {a.status === 'open'
              ? t('resultOpen')
              : a.status === 'awaiting-grading'
                ? t('resultAwaiting')
                : a.passed
                ? t('resultPassed')
                : a.status === 'expired'
                  ? t('resultExpired')
                  : t('resultFailed')}
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
