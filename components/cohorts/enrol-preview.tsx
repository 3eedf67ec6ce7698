'use client';

import { useTranslations } from 'next-intl';
import { Cell, DataTable, Row, RowHeader } from '@/components/ui/data-table';
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
    <DataTable headers={[t('columnLine'), t('columnName'), t('columnEmail'), t('columnResult')]} caption={t('previewCaption', { file: fileName })}>
      {rows.map((row) => (
        <Row key={row.line} className={row.status === 'wrong' ? 'bg-red-50' : undefined}>
          <Cell>{row.line}</Cell>
          <RowHeader>
            <bdi>{row.name}</bdi>
          </RowHeader>
          <Cell className="break-all">{row.email}</Cell>
          <Cell>
            <ResultText row={row} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
