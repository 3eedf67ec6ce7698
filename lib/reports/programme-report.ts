import 'server-only';
import type { AppDatabase } from '@/db/connection';
import { reportQuotesOfCohorts, submittedAnswersOfCohorts } from '@/db/queries/surveys';
import type { OverviewCohort } from '@/db/queries/programme-overview';
import { summariseProgrammeYears, type ProgrammeYear } from '@/lib/domain/programme-overview';
import { overallRatings } from '@/lib/domain/surveys/results';
import type { TraineeRow } from '@/lib/domain/cohort-dashboard';

/** A quote for the report: a name and country only when the survey was named. */
export interface ReportQuote {
  year: number;
  text: string;
  name: string | null;
  country: string | null;
}

/** The programme's lines by year and its selected quotes, from its cohorts and their dashboard rows. */
export function loadProgrammeReport(db: AppDatabase, parts: readonly { cohort: OverviewCohort; rows: readonly TraineeRow[] }[]): { years: ProgrammeYear[]; quotes: ReportQuote[] } {
  const ids = parts.map((p) => p.cohort.id);
  const yearOf = new Map(parts.map((p) => [p.cohort.id, Number(p.cohort.startsOn.slice(0, 4))]));
  const ratings = new Map<number, number[]>();
  for (const r of submittedAnswersOfCohorts(db, ids)) ratings.set(r.cohortId, [...(ratings.get(r.cohortId) ?? []), ...overallRatings(r.questions, r.answers)]);
  const years = summariseProgrammeYears(parts.map((p) => ({ year: yearOf.get(p.cohort.id) ?? 0, eventsHeld: p.cohort.eventsHeld, rows: p.rows, satisfaction: ratings.get(p.cohort.id) ?? [] })));
  // Consent is checked again here: a quote whose respondent withdrew consent never reaches the report.
  const quotes = reportQuotesOfCohorts(db, ids).flatMap((q): ReportQuote[] => {
    const text = q.answers[q.questionKey];
    if (!q.quotable || typeof text !== 'string') return [];
    return [{ year: yearOf.get(q.cohortId) ?? 0, text, name: q.anonymous ? null : q.name, country: q.anonymous ? null : q.country }];
  });
  return { years, quotes };
}
