import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { getLessonEditor } from '@/db/queries/authoring-lessons';
import { requireEditableLessonApi, requirePermissionApi } from '@/lib/auth/guards';
import { uploadLimits } from '@/lib/authoring/files';
import { discardUpload, storeUpload } from '@/lib/authoring/store-upload';
import { parseVtt } from '@/lib/content/vtt';
import { checkUploadStart, uploadKinds, type UploadRefusal } from '@/lib/domain/upload-rules';
import { env } from '@/lib/env';
import { AppError, errorResponse } from '@/lib/errors';
import { invalidInput } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { contentTypeOf } from '@/lib/media';

type Params = { params: Promise<{ lessonId: string }> };

const querySchema = z.object({ kind: z.enum(uploadKinds), name: z.string().min(1).max(200) });

function refused(refusal: UploadRefusal): Response {
  return Response.json({ error: `upload:${refusal.code}`, values: refusal.values }, { status: refusal.code === 'too-large' ? 413 : 400 });
}

/**
 * Uploads a lecture video, captions file or attachment for a draft lesson.
 * The body is the raw file (the client sends the File as is), streamed to
 * disk; name, size and content are all checked, captions must parse as
 * WebVTT. The lesson itself changes only when the editor saves it.
 */
export async function PUT(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('content:author');
    requireSameOrigin(request);
    const url = new URL(request.url);
    const query = querySchema.safeParse({ kind: url.searchParams.get('kind'), name: url.searchParams.get('name') });
    if (!query.success) throw invalidInput(query.error.issues);
    if (!request.body) throw new AppError('invalid:upload', 'Send the file as the request body.');
    const { kind, name } = query.data;
    const declared = request.headers.get('content-length');
    const limits = uploadLimits();
    const early = checkUploadStart(kind, name, declared === null ? null : Number(declared), limits);
    if (early) return refused(early);

    const { lessonId, module: owned } = requireEditableLessonApi(user, (await params).lessonId);
    const lesson = getLessonEditor(lessonId);
    if (!lesson) throw new AppError('not-found:lesson', 'No such lesson.');
    const stored = await storeUpload(request.body, { moduleSlug: owned.slug, lessonKey: lesson.key, kind, fileName: name, maxBytes: limits[kind] });
    if ('code' in stored) return refused(stored);
    if (kind === 'captions') {
      const text = await readFile(resolve(env().UPLOADS_DIR, 'modules', owned.slug, stored.path), 'utf8');
      const parsed = parseVtt(text);
      if ('errors' in parsed) {
        await discardUpload(owned.slug, stored.path);
        const first = parsed.errors[0];
        return Response.json({ error: 'upload:captions-invalid', values: { name, line: first?.line ?? 1, detail: first?.message ?? '' } }, { status: 400 });
      }
    }
    return Response.json({ path: stored.path, size: stored.size, mimeType: contentTypeOf(stored.path), title: name }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
