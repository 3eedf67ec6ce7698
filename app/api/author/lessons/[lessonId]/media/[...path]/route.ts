import { getLessonEditor } from '@/db/queries/authoring-lessons';
import { requireEditableLessonApi, requirePermissionApi } from '@/lib/auth/guards';
import { fileResponse } from '@/lib/file-response';
import { isModuleFilePath } from '@/lib/domain/upload-rules';
import { AppError, errorResponse } from '@/lib/errors';
import { findModuleFile } from '@/lib/media';

type Params = { params: Promise<{ lessonId: string; path: string[] }> };

/**
 * A file a DRAFT lesson names (lecture video, captions, attachment), for the
 * module's authors only: the draft preview plays and links files before they
 * are published. Published lessons are served by /api/media to trainees.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('content:author');
    const { lessonId: rawId, path } = await params;
    const relative = path.map(decodeURIComponent).join('/');
    if (!isModuleFilePath(relative)) throw new AppError('invalid:path', 'Malformed media path.');
    const { lessonId, module: owned } = requireEditableLessonApi(user, rawId);
    const lesson = getLessonEditor(lessonId);
    const named = [lesson?.lecture?.video, lesson?.lecture?.captions, ...(lesson?.attachments.map((a) => a.path) ?? [])];
    if (!named.includes(relative)) throw new AppError('not-found:file', 'This lesson does not name that file.');
    const file = findModuleFile(owned.slug, relative);
    if (!file) throw new AppError('not-found:file', 'This file is not available.');
    return fileResponse(request, file, relative);
  } catch (error) {
    return errorResponse(error);
  }
}
