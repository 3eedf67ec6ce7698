import { getPublishedLesson } from '@/db/queries/published';
import { requireEnrolledModuleApi, requirePermissionApi } from '@/lib/auth/guards';
import { offlinePackage } from '@/lib/domain/offline-package';
import { errorResponse } from '@/lib/errors';

type Params = { params: Promise<{ slug: string }> };

/**
 * GET /api/modules/:slug/offline: what "Save for offline" downloads for the
 * signed-in trainee's module (published version, items and sizes). Enrolled
 * trainees only; nothing here is private beyond the enrolment itself.
 */
export async function GET(_request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    const courseModule = requireEnrolledModuleApi(user, (await params).slug);
    const lessons = courseModule.lessons.flatMap((summary) => {
      const lesson = getPublishedLesson(courseModule.versionId, summary.key);
      if (!lesson) return [];
      const captions = lesson.lecture && lesson.captionsVtt ? { path: lesson.lecture.captions, bytes: Buffer.byteLength(lesson.captionsVtt) } : null;
      const attachments = lesson.attachments.map((file) => ({ path: file.path, bytes: file.size }));
      return [{ key: lesson.key, htmlBytes: Buffer.byteLength(lesson.html), captions, attachments }];
    });
    const pkg = offlinePackage({ slug: courseModule.slug, versionId: courseModule.versionId, version: courseModule.version, hasQuiz: courseModule.quiz !== null, lessons });
    return Response.json(pkg, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
