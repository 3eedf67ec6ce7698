import { getEvent } from '@/db/queries/events';
import { requireCohortApi, requireUserApi } from '@/lib/auth/guards';
import { AppError, errorResponse } from '@/lib/errors';
import { calendarResponse } from '@/lib/event-calendar';
import { cohortIdSchema } from '@/lib/validation/cohorts';

type Params = { params: Promise<{ id: string }> };

/** GET /api/events/:id/ics: one event as an iCalendar file, for members of its cohort and its managers. */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requireUserApi();
    const id = cohortIdSchema.safeParse((await params).id);
    if (!id.success) throw new AppError('invalid:event-id', 'Malformed event id.');
    const event = getEvent(id.data);
    if (!event) throw new AppError('not-found:event', 'No such event.');
    requireCohortApi('events', user, event.cohortId);
    return await calendarResponse({ events: [event], fileName: `event-${event.id}.ics` });
  } catch (error) {
    return errorResponse(error);
  }
}
