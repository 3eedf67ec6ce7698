'use client';

import { useTranslations } from 'next-intl';
import type { ClassifiedRow } from '@/lib/domain/enrolment-classify';

function ResultText({ row }: { row: ClassifiedRow }) {
  const t = useTranslations('enrolment');
  const tError = useTranslations('cohortErrors');
  if (row.status === 'new') return <>{t('resultNew')}</>;
  if (row.status === 'existing') return <>{row.alreadyMember ? t('resultUnchanged') : t('resultExisting')}</>;
  return (
    <span className="text-red-800">
      {t('resultWrong', { reason: tError(`row.${row.problem}`, { line: row.duplicateOf ?? 0, count: row.extraValues ?? 0 }) })}
    </span>
  );
}

/** Every row of the uploaded file and what enrolling would do with it. */
export function EnrolPreview({ fileName, rows }: { fileName: string; rows: ClassifiedRow[] }) {
  const t = useTranslations('enrolment');
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="p-2 text-start font-semibold">{t('previewCaption', { file: fileName })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{t('columnLine')}</th>
            <th scope="col" className="p-2 text-start">{t('columnName')}</th>
            <th scope="col" className="p-2 text-start">{t('columnEmail')}</th>
            <th scope="col" className="p-2 text-start">{t('columnResult')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`border-b border-slate-200 align-top ${row.status === 'wrong' ? 'bg-red-50' : ''}`}>
              <td className="p-2">{row.line}</td>
              <th scope="row" className="p-2 text-start font-medium">
                <bdi>{row.name}</bdi>
              </th>
              <td className="p-2 break-all">{row.email}</td>
              <td className="p-2">
                <ResultText row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
