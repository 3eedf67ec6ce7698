import { z } from 'zod';
import { discardSubmissionFile, storeSubmissionFile } from '@/lib/assignments/submission-files';
import { requireEnrolledModuleApi, requirePermissionApi } from '@/lib/auth/guards';
import { uploadLimits } from '@/lib/authoring/files';
import { saveAssignmentDraft } from '@/lib/commands/assignment-work';
import { checkUploadStart, tooLarge, type UploadRefusal } from '@/lib/domain/upload-rules';
import { AppError, errorResponse } from '@/lib/errors';
import { invalidInput } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { slugSchema } from '@/lib/validation/learning';

type Params = { params: Promise<{ slug: string; key: string }> };

const querySchema = z.object({ name: z.string().min(1).max(200) });

function refused(refusal: UploadRefusal): Response {
  return Response.json({ error: `upload:${refusal.code}`, values: refusal.values }, { status: refusal.code === 'too-large' ? 413 : 400 });
}

/**
 * Attaches a file to the trainee's draft of an assignment. The body is the
 * raw file, streamed to disk and checked like a lesson attachment (name,
 * extension, content, the attachment size limit); then the draft command
 * adds it, and a refusal there (closed, awaiting a grade, too many files)
 * removes the stored file again, so nothing is left behind.
 */
export async function PUT(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    requireSameOrigin(request);
    const limit = uploadLimits().attachment;
    const declared = request.headers.get('content-length');
    const name = new URL(request.url).searchParams.get('name');
    // A declared size over the limit is refused before anything else is read.
    if (declared !== null && Number(declared) > limit) return refused(tooLarge(name ?? 'file', limit));
    const { slug, key } = await params;
    const query = querySchema.safeParse({ name });
    if (!query.success) throw invalidInput(query.error.issues);
    const assignmentKey = slugSchema.safeParse(key);
    if (!assignmentKey.success) throw new AppError('invalid:assignment', 'Name an assignment by its key.');
    if (!request.body) throw new AppError('invalid:upload', 'Send the file as the request body.');
    const early = checkUploadStart('attachment', query.data.name, declared === null ? null : Number(declared), uploadLimits());
    if (early) return refused(early);
    const courseModule = requireEnrolledModuleApi(user, slug);
    const stored = await storeSubmissionFile(request.body, { userId: user.id, moduleSlug: courseModule.slug, assignmentKey: assignmentKey.data, fileName: query.data.name, maxBytes: limit });
    if ('code' in stored) return refused(stored);
    try {
      const saved = saveAssignmentDraft({ userId: user.id, moduleId: courseModule.id, assignmentKey: assignmentKey.data, change: { add: [stored] }, now: new Date() });
      return Response.json({ file: stored, savedAt: saved.savedAt.toISOString(), files: saved.files }, { status: 201 });
    } catch (error) {
      await discardSubmissionFile(stored.path);
      throw error;
    }
  } catch (error) {
    return errorResponse(error);
  }
}
