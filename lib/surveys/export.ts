import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listSubmittedResponses, type SurveyDetail } from '@/db/queries/surveys';
import { CSV_BOM, csvRow } from '@/lib/domain/csv';
import { aggregateExportRows, namedExportRows } from '@/lib/domain/surveys/export';
import type { Locale } from '@/lib/i18n/config';
import { loadSurveyResults } from './results';

/**
 * A survey's CSV in the exporting user's language, UTF-8 with a BOM: one row
 * per respondent for a named survey; counts and free text only for an
 * anonymous one (see lib/domain/surveys/export.ts).
 */
export async function surveyCsv(survey: SurveyDetail, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'surveyResults' });
  const labels = { name: t('csv.name'), country: t('csv.country'), submittedAt: t('csv.submittedAt'), question: t('csv.question'), answer: t('csv.answer'), count: t('csv.count') };
  const rows = survey.anonymous
    ? aggregateExportRows(loadSurveyResults(survey).results, labels)
    : namedExportRows(
        survey.questions,
        listSubmittedResponses(survey.id).map((r) => ({ name: r.name, country: r.country, submittedAt: r.submittedAt?.toISOString() ?? '', answers: r.answers })),
        labels,
      );
  return CSV_BOM + rows.map(csvRow).join('');
}
