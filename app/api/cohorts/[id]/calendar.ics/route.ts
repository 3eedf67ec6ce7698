import { getCohort } from '@/db/queries/cohorts';
import { listCohortEvents } from '@/db/queries/events';
import { assertSeesCohortEvents, requireApiUser } from '@/lib/cohort-access';
import { AppError, errorResponse } from '@/lib/errors';
import { calendarResponse } from '@/lib/event-calendar';
import { cohortIdSchema } from '@/lib/validation/cohorts';

type Params = { params: Promise<{ id: string }> };

/** GET /api/cohorts/:id/calendar.ics: every event of a cohort, for its members and managers. */
export async function GET(request: Request, { params }: Params) {
  try {
    const id = cohortIdSchema.safeParse((await params).id);
    if (!id.success) throw new AppError('invalid:cohort-id', 'Malformed cohort id.');
    const user = await requireApiUser();
    const cohort = getCohort(id.data);
    if (!cohort) throw new AppError('not-found:cohort', 'No such cohort.');
    assertSeesCohortEvents(user, cohort.id);
    return await calendarResponse({ events: listCohortEvents(cohort.id), name: cohort.name, fileName: `cohort-${cohort.id}.ics` });
  } catch (error) {
    return errorResponse(error);
  }
}
