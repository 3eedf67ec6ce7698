import { getLocale, getTranslations } from 'next-intl/server';
import { BarChart } from '@/components/charts/bar-chart';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
import { RATING_MAX, RATING_MIN } from '@/lib/domain/surveys/questions';
import type { QuestionResult } from '@/lib/domain/surveys/results';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { QuoteButton } from './quote-button';

/** One question's results: a chart with its numbers in a table (ratings and choices), or the answers listed (free text). */
export async function QuestionResults({ surveyId, index, question, quoted }: { surveyId: number; index: number; question: QuestionResult; quoted: Set<string> }) {
  const t = await getTranslations('surveyResults');
  const locale = await getLocale();
  const headingId = `question-${question.key}`;
  const heading = (
    <h3 id={headingId} className="font-semibold">
      {t('questionHeading', { number: index + 1 })} <span dir="auto">{question.prompt}</span>
    </h3>
  );
  if (question.kind === 'text') {
    return (
      <section aria-labelledby={headingId} className="space-y-2">
        {heading}
        {question.answers.length === 0 ? (
          <p>{t('noAnswers')}</p>
        ) : (
          <ul className="space-y-2">
            {question.answers.map((a) => (
              <li key={a.responseId} className="rounded border border-slate-200 p-2">
                <p dir="auto" className="whitespace-pre-line">{a.text}</p>
                <p className="text-sm text-slate-700">
                  {a.name ? <bdi>{a.name}</bdi> : t('anonymousRespondent')}
                  {a.quotable ? ` · ${t('mayBeQuoted')}` : ''}
                </p>
                {a.quotable && (
                  <ClientMessages namespaces={['surveyResults', 'surveyErrors']}>
                    <QuoteButton surveyId={surveyId} responseId={a.responseId} questionKey={question.key} selected={quoted.has(`${a.responseId}:${question.key}`)} />
                  </ClientMessages>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  const rows =
    question.kind === 'rating'
      ? question.counts.map((count, i) => {
          const value = RATING_MIN + i;
          const end = value === RATING_MIN ? question.lowLabel : value === RATING_MAX ? question.highLabel : '';
          return { label: end ? `${formatNumber(locale, value)} (${end})` : formatNumber(locale, value), count };
        })
      : question.options.map((o) => ({ label: o.label, count: o.count }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const share = (count: number) => (question.answered > 0 ? formatPercent(locale, count / question.answered) : '–');
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      {heading}
      {question.kind === 'rating' && (
        <p>
          {question.average === null
            ? t('noAnswers')
            : t('average', { average: formatNumber(locale, question.average, { maximumFractionDigits: 1 }), max: RATING_MAX, count: question.answered })}
        </p>
      )}
      <BarChart label={t('chartLabel', { question: question.prompt })} bars={rows.map((r) => ({ label: r.label, value: r.count, display: formatNumber(locale, r.count) }))} max={max} />
      <DataTable headers={[question.kind === 'rating' ? t('columnRating') : t('columnOption'), numericColumn(t('columnResponses')), numericColumn(t('columnShare'))]} caption={t('tableCaption', { question: question.prompt })} captionHidden>
        {rows.map((r) => (
          <Row key={r.label}>
            <RowHeader className="font-normal"><span dir="auto">{r.label}</span></RowHeader>
            <Cell numeric>{formatNumber(locale, r.count)}</Cell>
            <Cell numeric>{share(r.count)}</Cell>
          </Row>
        ))}
      </DataTable>
    </section>
  );
}
