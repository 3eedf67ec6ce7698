import { isEnrolled } from '@/db/queries/enrolment';
import { completedLessonKeys } from '@/db/queries/progress';
import { getPublishedModule } from '@/db/queries/published';
import { authorizeApi } from '@/lib/auth/dal';
import { setLessonCompleted } from '@/lib/commands/set-lesson-completed';
import { AppError, errorResponse } from '@/lib/errors';
import { invalidInput, readJson } from '@/lib/http';
import { lessonProgressSchema, slugSchema } from '@/lib/validation/learning';

function enrolledModule(userId: number, slug: string) {
  const courseModule = getPublishedModule(slug);
  if (!courseModule) throw new AppError('not-found:module', 'No such module.');
  if (!isEnrolled(userId, courseModule.id)) throw new AppError('forbidden:not-enrolled', 'You are not enrolled in this module.');
  return courseModule;
}

/** GET /api/progress?module=slug: the lesson keys the trainee has completed. */
export async function GET(request: Request) {
  try {
    const slug = slugSchema.safeParse(new URL(request.url).searchParams.get('module'));
    if (!slug.success) throw new AppError('invalid:module', 'Name a module with ?module=<slug>.');
    const user = await authorizeApi('learning:view');
    const courseModule = enrolledModule(user.id, slug.data);
    return Response.json({ completed: [...completedLessonKeys(user.id, courseModule.id)] });
  } catch (error) {
    return errorResponse(error);
  }
}

/** PUT /api/progress: marks one lesson complete or not complete for the signed-in trainee. */
export async function PUT(request: Request) {
  try {
    const input = lessonProgressSchema.safeParse(await readJson(request));
    if (!input.success) throw invalidInput(input.error.issues);
    const user = await authorizeApi('learning:view');
    const courseModule = enrolledModule(user.id, input.data.moduleSlug);
    if (!courseModule.lessons.some((lesson) => lesson.key === input.data.lessonKey)) {
      throw new AppError('not-found:lesson', 'No such lesson in this module.');
    }
    const now = new Date();
    setLessonCompleted({ userId: user.id, moduleId: courseModule.id, lessonKey: input.data.lessonKey, completed: input.data.completed, now });
    return Response.json({ completed: [...completedLessonKeys(user.id, courseModule.id)] });
  } catch (error) {
    return errorResponse(error);
  }
}
