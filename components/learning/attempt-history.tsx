import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AttemptSummary } from '@/db/queries/attempts';

/** The trainee's attempts at a module quiz, with links to each result. */
export async function AttemptHistory({ attempts, moduleSlug }: { attempts: AttemptSummary[]; moduleSlug: string }) {
  const t = await getTranslations('module');
  const format = await getFormatter();
  if (attempts.length === 0) return null;
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="mb-1 text-start font-semibold">{t('historyTitle')}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-2 text-start">{t('historyAttempt')}</th>
          <th scope="col" className="p-2 text-start">{t('historyVersion')}</th>
          <th scope="col" className="p-2 text-start">{t('historyDate')}</th>
          <th scope="col" className="p-2 text-start">{t('historyScore')}</th>
          <th scope="col" className="p-2 text-start">{t('historyResult')}</th>
        </tr>
      </thead>
      <tbody>
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
            <td className="p-2">{format.dateTime(a.submittedAt ?? a.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
            <td className="p-2">{a.percent === null ? '—' : t('percent', { percent: a.percent })}</td>
            <td className="p-2">{a.status === 'open' ? t('resultOpen') : a.passed ? t('resultPassed') : a.status === 'expired' ? t('resultExpired') : t('resultFailed')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
