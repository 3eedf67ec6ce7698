import { completedLessonKeys } from '@/db/queries/progress';
import { requireEnrolledModuleApi, requirePermissionApi } from '@/lib/auth/guards';
import { setLessonCompleted } from '@/lib/commands/set-lesson-completed';
import { AppError, errorResponse } from '@/lib/errors';
import { invalidInput, readJson } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { lessonProgressSchema, slugSchema } from '@/lib/validation/learning';

/** GET /api/progress?module=slug: the lesson keys the trainee has completed. */
export async function GET(request: Request) {
  try {
    const user = await requirePermissionApi('learning:view');
    const slug = slugSchema.safeParse(new URL(request.url).searchParams.get('module'));
    if (!slug.success) throw new AppError('invalid:module', 'Name a module with ?module=<slug>.');
    const courseModule = requireEnrolledModuleApi(user, slug.data);
    return Response.json({ completed: [...completedLessonKeys(user.id, courseModule.id)] });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * PUT /api/progress: marks one lesson complete or not complete for the
 * signed-in trainee. With an idempotency key, a replay changes nothing and
 * `applied` is the original result.
 */
export async function PUT(request: Request) {
  try {
    const user = await requirePermissionApi('learning:view');
    requireSameOrigin(request);
    const input = lessonProgressSchema.safeParse(await readJson(request));
    if (!input.success) throw invalidInput(input.error.issues);
    const courseModule = requireEnrolledModuleApi(user, input.data.moduleSlug);
    if (!courseModule.lessons.some((lesson) => lesson.key === input.data.lessonKey)) {
      throw new AppError('not-found:lesson', 'No such lesson in this module.');
    }
    const { lessonKey, completed, idempotencyKey } = input.data;
    const applied = setLessonCompleted({ userId: user.id, moduleId: courseModule.id, lessonKey, completed, now: new Date(), idempotencyKey });
    return Response.json({ completed: [...completedLessonKeys(user.id, courseModule.id)], applied });
  } catch (error) {
    return errorResponse(error);
  }
}
