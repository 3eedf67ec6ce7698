/**
 * A survey's results for the people who run it: response rate, the
 * distribution and average of each rating, the counts of each choice, the
 * free-text answers (without names when the survey is anonymous), and a
 * breakdown by country. A group smaller than MIN_GROUP_SIZE respondents is
 * never broken down: its figures would point at the people in it.
 * Only submitted responses count; drafts are the trainee's own.
 */
import { RATING_MAX, RATING_MIN, type SurveyAnswers, type SurveyOption, type SurveyQuestion } from './questions';

export const MIN_GROUP_SIZE = 3;

/** True when a group of `respondents` is large enough to show on its own. */
export function isReportableGroup(respondents: number): boolean {
  return respondents >= MIN_GROUP_SIZE;
}

/** One submitted response. `name` is null for an anonymous survey: it never reaches the results. */
export interface SubmittedResponse {
  responseId: number;
  name: string | null;
  country: string;
  answers: SurveyAnswers;
  /** The respondent agreed to be quoted in the programme report. */
  quotable: boolean;
}

export interface RatingResult {
  kind: 'rating';
  key: string;
  prompt: string;
  lowLabel: string;
  highLabel: string;
  overall: boolean;
  /** counts[i] is how many answered RATING_MIN + i. */
  counts: number[];
  answered: number;
  average: number | null;
}

export interface ChoiceResult {
  kind: 'single' | 'multiple';
  key: string;
  prompt: string;
  options: (SurveyOption & { count: number })[];
  answered: number;
}

export interface TextAnswer {
  responseId: number;
  text: string;
  /** Null in an anonymous survey. */
  name: string | null;
  quotable: boolean;
}

export interface TextResult {
  kind: 'text';
  key: string;
  prompt: string;
  answers: TextAnswer[];
}

export type QuestionResult = RatingResult | ChoiceResult | TextResult;

export type CountryGroup =
  | { country: string; hidden: true }
  | { country: string; hidden: false; respondents: number; averages: Record<string, number | null> };

export interface SurveyResults {
  invited: number;
  respondents: number;
  /** respondents / invited, or null when nobody was invited. */
  responseRate: number | null;
  questions: QuestionResult[];
  byCountry: CountryGroup[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function ratingsOf(key: string, responses: readonly SubmittedResponse[]): number[] {
  return responses.map((r) => r.answers[key]).filter((v): v is number => typeof v === 'number');
}

function questionResult(question: SurveyQuestion, responses: readonly SubmittedResponse[], anonymous: boolean): QuestionResult {
  const { key, prompt } = question;
  if (question.kind === 'rating') {
    const values = ratingsOf(key, responses);
    const counts = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => values.filter((v) => v === RATING_MIN + i).length);
    return { kind: 'rating', key, prompt, lowLabel: question.lowLabel, highLabel: question.highLabel, overall: question.overall, counts, answered: values.length, average: mean(values) };
  }
  if (question.kind === 'text') {
    const answers = responses
      .filter((r) => typeof r.answers[key] === 'string')
      .map((r) => ({ responseId: r.responseId, text: r.answers[key] as string, name: anonymous ? null : r.name, quotable: r.quotable }));
    // Anonymous answers in the order of their text, not of submission, so the order says nothing about who wrote them.
    answers.sort((a, b) => (anonymous ? a.text.localeCompare(b.text) : (a.name ?? '').localeCompare(b.name ?? '')));
    return { kind: 'text', key, prompt, answers };
  }
  const chosen = responses.map((r) => r.answers[key]).filter((v) => v !== undefined);
  const picks = chosen.flatMap((v) => (Array.isArray(v) ? v : [v]));
  return {
    kind: question.kind,
    key,
    prompt,
    options: question.options.map((o) => ({ ...o, count: picks.filter((p) => p === o.key).length })),
    answered: chosen.length,
  };
}

/** Per country: the number of respondents and each rating's average, or hidden when the group is too small. */
export function breakdownByCountry(questions: readonly SurveyQuestion[], responses: readonly SubmittedResponse[]): CountryGroup[] {
  const groups = new Map<string, SubmittedResponse[]>();
  for (const response of responses) groups.set(response.country, [...(groups.get(response.country) ?? []), response]);
  const ratings = questions.filter((q) => q.kind === 'rating');
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([country, group]): CountryGroup => {
      if (!isReportableGroup(group.length)) return { country, hidden: true };
      return { country, hidden: false, respondents: group.length, averages: Object.fromEntries(ratings.map((q) => [q.key, mean(ratingsOf(q.key, group))])) };
    });
}

/** The whole results page's figures. `invited` is how many trainees the survey was for. */
export function summariseSurvey(
  survey: { questions: readonly SurveyQuestion[]; anonymous: boolean },
  responses: readonly SubmittedResponse[],
  invited: number,
): SurveyResults {
  return {
    invited,
    respondents: responses.length,
    responseRate: invited > 0 ? responses.length / invited : null,
    questions: survey.questions.map((q) => questionResult(q, responses, survey.anonymous)),
    byCountry: breakdownByCountry(survey.questions, responses),
  };
}

/** The ratings given to "overall satisfaction" questions, to be averaged across surveys by the programme report. */
export function overallRatings(questions: readonly SurveyQuestion[], answers: SurveyAnswers): number[] {
  return questions.filter((q) => q.kind === 'rating' && q.overall).flatMap((q) => (typeof answers[q.key] === 'number' ? [answers[q.key] as number] : []));
}
