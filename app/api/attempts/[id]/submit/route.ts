import { revalidatePath } from 'next/cache';
import { assertWritable, finishAttempt } from '@/db/queries/attempt-answers';
import { requireOwnAttemptApi, requirePermissionApi } from '@/lib/auth/guards';
import { issueEarnedCertificates } from '@/lib/certificates/issue';
import { errorResponse } from '@/lib/errors';
import { checkContentLength } from '@/lib/http/body';
import { requireSameOrigin } from '@/lib/http/same-origin';

type Params = { params: Promise<{ id: string }> };

/** Submits the trainee's own open attempt: grades the saved answers on the server. */
export async function POST(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    // A form another site auto-posts would otherwise submit the victim's attempt.
    requireSameOrigin(request);
    // Submitting takes no body; one of any size is refused rather than left to stream in.
    checkContentLength(request, 1024);
    const { attempt, quiz } = requireOwnAttemptApi(user, (await params).id);
    const now = new Date();
    assertWritable(attempt, now);
    const grade = finishAttempt(attempt, quiz, user.id, now, 'submitted');
    if (grade.passed) issueEarnedCertificates(user.id, attempt.moduleId, now);
    revalidatePath('/learn');
    return Response.json({ attemptId: attempt.id, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed });
  } catch (error) {
    return errorResponse(error);
  }
}
