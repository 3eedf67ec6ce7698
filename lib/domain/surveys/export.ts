/**
 * The rows of a survey's CSV export. A named survey gets one row per
 * respondent. An anonymous survey gets no per-respondent rows at all: only
 * counts per answer, and each free-text answer on its own row in the order
 * of its text, so nothing in the file ties two answers to one person.
 */
import type { CsvValue } from '../csv';
import { RATING_MIN } from './questions';
import type { SurveyAnswer, SurveyQuestion } from './questions';
import type { SurveyResults } from './results';

/** Column headers in the exporting user's language. */
export interface SurveyExportLabels {
  name: string;
  country: string;
  submittedAt: string;
  question: string;
  answer: string;
  count: string;
}

export interface NamedRespondentRow {
  name: string;
  country: string;
  submittedAt: string;
  answers: Record<string, SurveyAnswer>;
}

function answerText(question: SurveyQuestion, answer: SurveyAnswer | undefined): string {
  if (answer === undefined) return '';
  if (question.kind === 'single' || question.kind === 'multiple') {
    const keys = Array.isArray(answer) ? answer : [String(answer)];
    return keys.map((key) => question.options.find((o) => o.key === key)?.label ?? key).join('; ');
  }
  return String(answer);
}

/** Header and one row per respondent: for named surveys only. */
export function namedExportRows(questions: readonly SurveyQuestion[], respondents: readonly NamedRespondentRow[], labels: SurveyExportLabels): CsvValue[][] {
  return [
    [labels.name, labels.country, labels.submittedAt, ...questions.map((q) => q.prompt)],
    ...respondents.map((r) => [r.name, r.country, r.submittedAt, ...questions.map((q) => answerText(q, r.answers[q.key]))]),
  ];
}

/** Header and one row per (question, answer) with its count; free text one answer a row, without a count. */
export function aggregateExportRows(results: SurveyResults, labels: SurveyExportLabels): CsvValue[][] {
  const rows: CsvValue[][] = [[labels.question, labels.answer, labels.count]];
  for (const question of results.questions) {
    if (question.kind === 'rating') question.counts.forEach((count, i) => rows.push([question.prompt, RATING_MIN + i, count]));
    else if (question.kind === 'text') for (const a of [...question.answers].sort((x, y) => x.text.localeCompare(y.text))) rows.push([question.prompt, a.text, '']);
    else for (const option of question.options) rows.push([question.prompt, option.label, option.count]);
  }
  return rows;
}
