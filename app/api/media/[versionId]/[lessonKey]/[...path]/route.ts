import { requirePermissionApi, requirePublishedLessonApi } from '@/lib/auth/guards';
import { AppError, errorResponse } from '@/lib/errors';
import { fileResponse } from '@/lib/file-response';
import { findModuleFile } from '@/lib/media';
import { getPublishedLessonTranslation } from '@/db/queries/published-translations';
import { translatedCaptionsPath, translationLocales } from '@/lib/domain/content-locales';

const vttHeaders = { 'Content-Type': 'text/vtt; charset=utf-8', 'Cache-Control': 'private, max-age=86400' };

type Params = { params: Promise<{ versionId: string; lessonKey: string; path: string[] }> };

/**
 * A lecture video, captions file (English or translated) or attachment of a published lesson, for
 * enrolled trainees. Only files the lesson names are served; video supports
 * byte ranges so players can seek on slow connections.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    const { versionId, lessonKey, path } = await params;
    const relative = path.map(decodeURIComponent).join('/');
    if (relative.includes('..')) throw new AppError('invalid:path', 'Malformed media path.');
    const { owner, lesson } = requirePublishedLessonApi(user, versionId, lessonKey);
    const captions = lesson.lecture?.captions;
    // Translated captions (`<name>.<locale>.vtt`) are stored with the version, never read from disk.
    const captionsLocale = captions && translationLocales.find((locale) => relative === translatedCaptionsPath(captions, locale));
    if (captionsLocale) {
      const vtt = getPublishedLessonTranslation(Number(versionId), lessonKey, captionsLocale)?.captionsVtt;
      if (!vtt) throw new AppError('not-found:file', 'This lesson has no such file.');
      return new Response(vtt, { headers: vttHeaders });
    }
    const named = [lesson.lecture?.video, lesson.lecture?.captions, ...lesson.attachments.map((a) => a.path)];
    if (!named.includes(relative)) throw new AppError('not-found:file', 'This lesson has no such file.');
    if (relative === lesson.lecture?.captions && lesson.captionsVtt) {
      return new Response(lesson.captionsVtt, { headers: vttHeaders });
    }
    const file = findModuleFile(owner.moduleSlug, relative);
    if (!file) throw new AppError('not-found:file', 'This file is not available yet.');
    return fileResponse(request, file, relative, 'private, max-age=86400');
  } catch (error) {
    return errorResponse(error);
  }
}
