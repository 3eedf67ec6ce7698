import 'server-only';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '@/db/queries/audit';
import { getSurvey } from '@/db/queries/surveys';
import { surveyReportQuotes, surveyResponses, surveys } from '@/db/schema';
import type { SurveyAnswers, SurveyQuestion, SurveyTargetKind } from '@/lib/domain/surveys/questions';
import { checkResponse, type AnswerIssue } from '@/lib/domain/surveys/response';
import { canSaveResponse, surveyState, targetStateOf } from '@/lib/domain/surveys/schedule';
import { AppError } from '@/lib/errors';
import { inTransaction } from './transaction';

/** A survey as its authoring form decided it: times already read in the cohort's zone. */
export interface SurveyFields {
  cohortId: number;
  title: string;
  intro: string;
  targetKind: SurveyTargetKind;
  eventId: number | null;
  moduleId: number | null;
  anonymous: boolean;
  questions: SurveyQuestion[];
  opensAt: Date;
  closesAt: Date;
}

/**
 * Command: creates a survey, or updates one (`surveyId`). Once anyone has
 * started answering, its questions and anonymity are fixed (answers refer to
 * the questions, and respondents were told who would see them); the title,
 * introduction and dates may still change, so a survey can be closed early
 * or kept open longer. The caller has checked the cohort, event and module.
 */
export function saveSurvey(input: { surveyId: number | null; fields: SurveyFields; actorId: number; now: Date }): number {
  return inTransaction((tx) => {
    const { fields, now } = input;
    if (input.surveyId === null) {
      const row = tx.insert(surveys).values({ ...fields, createdById: input.actorId, updatedAt: now }).returning({ id: surveys.id }).get();
      writeAudit({ actorId: input.actorId, action: 'survey.created', targetType: 'survey', targetId: row.id, details: { cohortId: fields.cohortId, title: fields.title } }, tx);
      return row.id;
    }
    const existing = getSurvey(input.surveyId, tx);
    if (!existing || existing.cohortId !== fields.cohortId) throw new AppError('not-found:survey', 'No such survey in this cohort.');
    const started = tx.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, existing.id)).get();
    const changesAnswers = JSON.stringify(existing.questions) !== JSON.stringify(fields.questions) || existing.anonymous !== fields.anonymous;
    if (started && changesAnswers) throw new AppError('conflict:survey-started', 'Trainees have started answering; the questions and anonymity can no longer change.');
    tx.update(surveys).set({ ...fields, updatedAt: now }).where(eq(surveys.id, existing.id)).run();
    writeAudit({ actorId: input.actorId, action: 'survey.updated', targetType: 'survey', targetId: existing.id, details: { title: fields.title } }, tx);
    return existing.id;
  });
}

export type SaveResponseResult = { ok: true; submitted: boolean; savedAt: Date } | { ok: false; issues: AnswerIssue[] };

/**
 * Command: saves a trainee's answers to an open survey: a draft as they go,
 * or the submission. A submitted response stays submitted: later changes must
 * still answer every required question. Refused once the survey is closed
 * (or before it opens for them); nothing is saved when any answer is wrong.
 * `moduleCompleted` says whether a module survey is offered to them yet.
 */
export function saveSurveyResponse(input: {
  surveyId: number;
  userId: number;
  answers: Record<string, unknown>;
  quotable: boolean;
  submit: boolean;
  moduleCompleted: boolean;
  now: Date;
}): SaveResponseResult {
  return inTransaction((tx) => {
    const survey = getSurvey(input.surveyId, tx);
    if (!survey) throw new AppError('not-found:survey', 'No such survey.');
    const state = surveyState(survey, targetStateOf(survey, input.moduleCompleted), input.now);
    if (!canSaveResponse(state)) {
      if (state === 'closed') throw new AppError('conflict:survey-closed', 'This survey has closed; answers can no longer be saved or changed.');
      throw new AppError('conflict:survey-not-open', 'This survey is not open yet.');
    }
    const existing = tx
      .select({ id: surveyResponses.id, submittedAt: surveyResponses.submittedAt })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.userId, input.userId)))
      .get();
    const submitting = input.submit || Boolean(existing?.submittedAt);
    const checked = checkResponse(survey.questions, input.answers, submitting ? 'submit' : 'draft');
    if (!checked.ok) return checked;
    const values = { answers: checked.answers as SurveyAnswers, quotable: input.quotable, updatedAt: input.now, submittedAt: submitting ? (existing?.submittedAt ?? input.now) : null };
    if (existing) tx.update(surveyResponses).set(values).where(eq(surveyResponses.id, existing.id)).run();
    else tx.insert(surveyResponses).values({ ...values, surveyId: survey.id, userId: input.userId }).run();
    // Withdrawn consent also withdraws the quotes already picked from this response.
    if (existing && !input.quotable) tx.delete(surveyReportQuotes).where(eq(surveyReportQuotes.responseId, existing.id)).run();
    return { ok: true, submitted: submitting, savedAt: input.now };
  });
}

/**
 * Command: marks (or unmarks) a free-text answer as a quote for the programme
 * report. Only a submitted answer of a respondent who agreed to be quoted can
 * be marked. The caller has checked that the user runs the survey's cohort.
 */
export function setReportQuote(input: { surveyId: number; responseId: number; questionKey: string; selected: boolean; actorId: number; now: Date }): void {
  inTransaction((tx) => {
    const survey = getSurvey(input.surveyId, tx);
    const response = tx.select().from(surveyResponses).where(and(eq(surveyResponses.id, input.responseId), eq(surveyResponses.surveyId, input.surveyId))).get();
    const question = survey?.questions.find((q) => q.key === input.questionKey);
    if (!survey || !response?.submittedAt || question?.kind !== 'text' || typeof response.answers[question.key] !== 'string')
      throw new AppError('not-found:answer', 'No such answer in this survey.');
    const key = and(eq(surveyReportQuotes.responseId, response.id), eq(surveyReportQuotes.questionKey, question.key));
    if (!input.selected) {
      tx.delete(surveyReportQuotes).where(key).run();
      return;
    }
    if (!response.quotable) throw new AppError('forbidden:not-quotable', 'This respondent did not agree to be quoted.');
    tx.insert(surveyReportQuotes).values({ responseId: response.id, questionKey: question.key, markedById: input.actorId, markedAt: input.now }).onConflictDoNothing().run();
  });
}
