import { getLocale, getTranslations } from 'next-intl/server';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';
import { MIN_GROUP_SIZE, type CountryGroup } from '@/lib/domain/surveys/results';
import type { SurveyQuestion } from '@/lib/domain/surveys/questions';
import { formatNumber } from '@/lib/i18n/format';

/** Respondents and average ratings per country; a country with fewer than 3 respondents is named but not broken down. */
export async function CountryBreakdown({ groups, questions }: { groups: CountryGroup[]; questions: SurveyQuestion[] }) {
  const t = await getTranslations('surveyResults');
  const locale = await getLocale();
  const ratings = questions.filter((q) => q.kind === 'rating');
  const hidden = groups.filter((g) => g.hidden).length;
  return (
    <section aria-labelledby="by-country" className="space-y-2">
      <h2 id="by-country" className="text-lg font-semibold">{t('byCountry')}</h2>
      <p className="text-slate-700">{t('byCountryNote', { min: MIN_GROUP_SIZE })}</p>
      {groups.length === 0 ? (
        <p>{t('noResponses')}</p>
      ) : (
        <DataTable
          headers={[t('columnCountry'), numericColumn(t('columnRespondents')), ...ratings.map((q) => numericColumn(t('columnAverageOf', { number: questions.indexOf(q) + 1 })))]}
          caption={t('byCountry')}
          captionHidden
        >
          {groups.map((g) => (
            <Row key={g.country}>
              <RowHeader className="font-normal"><bdi>{g.country || t('countryUnknown')}</bdi></RowHeader>
              {g.hidden ? (
                <Cell colSpan={1 + ratings.length}>{t('groupHidden', { min: MIN_GROUP_SIZE })}</Cell>
              ) : (
                <>
                  <Cell numeric>{formatNumber(locale, g.respondents)}</Cell>
                  {ratings.map((q) => {
                    const average = g.averages[q.key];
                    return <Cell key={q.key} numeric>{average == null ? '–' : formatNumber(locale, average, { maximumFractionDigits: 1 })}</Cell>;
                  })}
                </>
              )}
            </Row>
          ))}
        </DataTable>
      )}
      {hidden > 0 && <p role="note" className="text-sm text-slate-700">{t('hiddenSummary', { count: hidden, min: MIN_GROUP_SIZE })}</p>}
    </section>
  );
}
