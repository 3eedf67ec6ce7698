import { listCohortEvents } from '@/db/queries/events';
import { requireCohortApi, requireUserApi } from '@/lib/auth/guards';
import { errorResponse } from '@/lib/errors';
import { calendarResponse } from '@/lib/event-calendar';

type Params = { params: Promise<{ id: string }> };

/** GET /api/cohorts/:id/calendar.ics: every event of a cohort, for its members and managers. */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requireUserApi();
    const cohort = requireCohortApi('events', user, (await params).id);
    return await calendarResponse({ events: listCohortEvents(cohort.id), name: cohort.name, fileName: `cohort-${cohort.id}.ics` });
  } catch (error) {
    return errorResponse(error);
  }
}
