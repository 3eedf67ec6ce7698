import { statSync } from 'node:fs';
import { getDb } from '@/db';
import { findSubmission } from '@/db/queries/assignment-submissions';
import { editsModule, memberRoleIn } from '@/db/queries/published-assignments';
import { submissionFilePath } from '@/lib/assignments/submission-files';
import { requireUserApi } from '@/lib/auth/guards';
import { canReadSubmissionFile } from '@/lib/domain/assignments/grader-access';
import { AppError, errorResponse } from '@/lib/errors';
import { fileResponse } from '@/lib/file-response';
import { idParam } from '@/lib/http';

type Params = { params: Promise<{ id: string }> };

/**
 * Downloads one file of a submission version (`?path=` as stored). Its
 * trainee may, and once it is handed in whoever may grade it (the grading
 * page's rule); anyone else gets 404, as if it did not exist.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requireUserApi();
    const id = idParam((await params).id);
    if (Number.isNaN(id)) throw new AppError('invalid:submission', 'Malformed submission id.');
    const path = new URL(request.url).searchParams.get('path') ?? '';
    const db = getDb();
    const submission = findSubmission(db, id);
    const inCohort = submission?.cohortId != null;
    const mayRead =
      submission !== null &&
      canReadSubmissionFile({
        ownWork: submission.userId === user.id,
        draft: submission.status === 'draft',
        grader: {
          role: user.role,
          inCohort,
          memberRole: submission.cohortId === null ? null : memberRoleIn(db, submission.cohortId, user.id),
          editsModule: !inCohort && editsModule(db, submission.moduleId, user.id),
        },
      });
    const file = mayRead ? submission.files.find((entry) => entry.path === path) : undefined;
    const full = file ? submissionFilePath(file.path) : null;
    const stats = full ? statSync(full, { throwIfNoEntry: false }) : undefined;
    if (!file || !full || !stats?.isFile()) throw new AppError('not-found:file', 'No such file.');
    const response = fileResponse(request, { path: full, size: stats.size }, file.path);
    response.headers.set('Content-Disposition', `attachment; filename="${file.path.split('/').pop() ?? 'file'}"`);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
