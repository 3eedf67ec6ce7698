import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { countCohortTrainees, listSubmittedResponses, type SurveyDetail } from '@/db/queries/surveys';
import { surveyReportQuotes } from '@/db/schema';
import { summariseSurvey, type SurveyResults } from '@/lib/domain/surveys/results';

/** A survey's results, with the free-text answers already marked as report quotes (`responseId:questionKey`). */
export function loadSurveyResults(survey: SurveyDetail): { results: SurveyResults; quoted: Set<string> } {
  const rows = listSubmittedResponses(survey.id);
  // Names never leave this function for an anonymous survey.
  const responses = rows.map((r) => ({ responseId: r.responseId, name: survey.anonymous ? null : r.name, country: r.country, answers: r.answers, quotable: r.quotable }));
  const ids = rows.map((r) => r.responseId);
  const quoted = ids.length
    ? getDb().select().from(surveyReportQuotes).where(inArray(surveyReportQuotes.responseId, ids)).all()
    : [];
  return {
    results: summariseSurvey(survey, responses, countCohortTrainees(survey.cohortId)),
    quoted: new Set(quoted.map((q) => `${q.responseId}:${q.questionKey}`)),
  };
}
