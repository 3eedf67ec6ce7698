import 'server-only';
import { getModuleStanding } from '@/db/queries/module-standings';
import { getPublishedModule } from '@/db/queries/published';
import { listTraineeSurveys } from '@/db/queries/surveys';
import { moduleStatus } from '@/lib/domain/module-status';
import type { SurveyResponseStatus } from '@/lib/domain/surveys/questions';
import { surveyState, targetStateOf } from '@/lib/domain/surveys/schedule';
import type { TodoItem } from '@/lib/domain/todo';

/** Whether the trainee has completed the published module `slug` (a module survey is offered from then on). */
export function moduleCompletedFor(userId: number, slug: string | null): boolean {
  const published = slug ? getPublishedModule(slug) : null;
  return published ? moduleStatus(getModuleStanding(userId, published.id), published).progress.complete : false;
}

/** The trainee's own response status. */
export function responseStatus(response: { id: number | null; submittedAt: Date | null } | null): SurveyResponseStatus {
  if (!response?.id) return 'not-started';
  return response.submittedAt ? 'submitted' : 'draft';
}

/**
 * The surveys open to the trainee now that they have not submitted, as
 * To-do items due when the survey closes. A closed survey is no longer
 * something to do, so nothing here is ever overdue.
 */
export function surveyTodoItems(userId: number, now: Date): TodoItem[] {
  return listTraineeSurveys(userId).flatMap((survey): TodoItem[] => {
    const completed = survey.targetKind === 'module' && moduleCompletedFor(userId, survey.moduleSlug);
    const state = surveyState(survey, targetStateOf(survey, completed), now);
    const status = responseStatus({ id: survey.responseId, submittedAt: survey.submittedAt });
    if (state !== 'open' || status === 'submitted') return [];
    return [{ kind: 'survey', id: `survey:${survey.id}`, title: survey.title, href: `/learn/surveys/${survey.id}`, dueAt: survey.closesAt.toISOString(), timeZone: survey.timeZone, status, overdue: false }];
  });
}
