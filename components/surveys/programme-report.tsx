import { getLocale, getTranslations } from 'next-intl/server';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
import { RATING_MAX } from '@/lib/domain/surveys/questions';
import { formatNumber } from '@/lib/i18n/format';
import type { ProgrammeOverview } from '@/lib/reports/programme-overview';

/**
 * The UNPOG-style table of one programme by year (events held, countries,
 * participants, module completions, average satisfaction) and the quotes
 * its managers selected from respondents who agreed to be quoted.
 */
export async function ProgrammeReport({ programme }: { programme: ProgrammeOverview }) {
  const t = await getTranslations('programmeReport');
  const locale = await getLocale();
  const headingId = `programme-report-${programme.programmeId}`;
  const year = (value: number) => formatNumber(locale, value, { useGrouping: false });
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-lg font-semibold">{t('title')}</h3>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <DataTable
        headers={[t('columnYear'), numericColumn(t('columnEvents')), numericColumn(t('columnCountries')), numericColumn(t('columnParticipants')), numericColumn(t('columnCompletions')), numericColumn(t('columnSatisfaction'))]}
        caption={t('caption', { programme: programme.title })}
        captionHidden
      >
        {programme.years.map((y) => (
          <Row key={y.year}>
            <RowHeader>{year(y.year)}</RowHeader>
            <Cell numeric>{formatNumber(locale, y.eventsHeld)}</Cell>
            <Cell numeric>{formatNumber(locale, y.countries)}</Cell>
            <Cell numeric>{formatNumber(locale, y.participants)}</Cell>
            <Cell numeric>{formatNumber(locale, y.moduleCompletions)}</Cell>
            <Cell numeric>
              {y.satisfaction === null
                ? t('noSatisfaction')
                : t('satisfaction', { average: formatNumber(locale, y.satisfaction, { maximumFractionDigits: 1 }), max: RATING_MAX, count: y.ratings })}
            </Cell>
          </Row>
        ))}
      </DataTable>
      <h4 className="font-semibold">{t('quotesTitle')}</h4>
      {programme.quotes.length === 0 ? (
        <p className="text-sm text-slate-700">{t('noQuotes')}</p>
      ) : (
        <ul className="space-y-2">
          {programme.quotes.map((q, i) => (
            <li key={i}>
              <figure className="border-s-4 border-brand-700 ps-3">
                <blockquote dir="auto" className="whitespace-pre-line">{q.text}</blockquote>
                <figcaption className="text-sm text-slate-700">
                  {q.name ? t('quoteBy', { name: q.name, country: q.country ?? '' }) : t('quoteAnonymous')} · {year(q.year)}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
