'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { surveyTargets } from '@/db/queries/surveys';
import { invalid, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { saveSurvey, setReportQuote } from '@/lib/commands/surveys';
import { surveySchedule } from '@/lib/domain/surveys/schedule';
import { requireRunSurveyApi, requireSurveyCohortApi } from '@/lib/surveys/access';
import { reportQuoteSchema, surveySchema } from '@/lib/validation/surveys';

/**
 * Creates or updates a survey. The dates are read in the cohort's time zone;
 * the event or module must belong to the cohort (its programme).
 */
export const saveSurveyAction = formAction(
  'reports:view',
  surveySchema,
  (input, { user, values }) => {
    const cohort = requireSurveyCohortApi(user, input.cohortId);
    if (input.surveyId !== null && requireRunSurveyApi(user, input.surveyId).cohortId !== cohort.id) return invalid({ form: { key: 'survey-not-found' } }, values);
    const schedule = surveySchedule(input.opensAt, input.closesAt, cohort.timeZone);
    if (!schedule.ok) return invalid(Object.fromEntries(Object.entries(schedule.problems).map(([field, problem]) => [field, { key: `time.${problem}` }])), values);
    const targets = surveyTargets(cohort.id);
    const eventId = input.targetKind === 'event' ? input.eventId : null;
    const moduleId = input.targetKind === 'module' ? input.moduleId : null;
    if (eventId !== null && !targets.events.some((e) => e.id === eventId)) return invalid({ eventId: { key: 'event-required' } }, values);
    if (moduleId !== null && !targets.modules.some((m) => m.id === moduleId)) return invalid({ moduleId: { key: 'module-required' } }, values);
    const id = saveSurvey({
      surveyId: input.surveyId,
      fields: {
        cohortId: cohort.id,
        title: input.title,
        intro: input.intro,
        targetKind: input.targetKind,
        eventId,
        moduleId,
        anonymous: input.anonymous === 'anonymous',
        questions: input.questions,
        opensAt: schedule.opensAt,
        closesAt: schedule.closesAt,
      },
      actorId: user.id,
      now: new Date(),
    });
    revalidatePath('/manage/surveys');
    redirect(`/manage/surveys/${id}`);
  },
  { errors: { 'conflict:survey-started': 'survey-started', 'forbidden:cohort': 'cohort-not-yours', 'not-found:survey': 'survey-not-found' } },
);

/** Marks or unmarks a free-text answer as a quote for the programme report. */
export const setReportQuoteAction = formAction(
  'reports:view',
  reportQuoteSchema,
  (input, { user }) => {
    const survey = requireRunSurveyApi(user, input.surveyId);
    setReportQuote({ surveyId: survey.id, responseId: input.responseId, questionKey: input.questionKey, selected: input.selected === 'yes', actorId: user.id, now: new Date() });
    revalidatePath(`/manage/surveys/${survey.id}`);
    return ok(null, input.selected === 'yes' ? 'quote-added' : 'quote-removed');
  },
  { invalidKey: 'invalid', errors: { 'forbidden:not-quotable': 'not-quotable', 'not-found:answer': 'answer-not-found' } },
);
