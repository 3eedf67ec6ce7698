import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { AttemptSummary } from '@/db/queries/attempts';
import { DataTable } from '@/components/ui/data-table';
import { formatDate } from '@/lib/i18n/format';

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
        <tr key={a.id} className="border-b border-slate-200">
          <th scope="row" className="p-2 text-start font-medium">
            {a.status === 'open' ? (
              t('historyNumber', { n: a.attemptNo })
            ) : (
              <Link href={`/modules/${moduleSlug}/quiz/attempts/${a.id}`} className="text-brand-700 underline">
                {t('historyNumber', { n: a.attemptNo })}
              </Link>
            )}
          </th>
          <td className="p-2">{a.version}</td>
          <td className="p-2">{formatDate(locale, a.submittedAt ?? a.startedAt, { withTime: true })}</td>
          <td className="p-2">{a.percent === null ? '—' : t('percent', { percent: a.percent })}</td>
          <td className="p-2">
            {a.status === 'open'
              ? t('resultOpen')
              : a.passed
                ? t('resultPassed')
                : a.status === 'expired'
                  ? t('resultExpired')
                  : t('resultFailed')}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
