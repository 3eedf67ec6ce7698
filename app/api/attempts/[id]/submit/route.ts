import { revalidatePath } from 'next/cache';
import { requireOwnAttemptApi, requirePermissionApi } from '@/lib/auth/guards';
import { submitAttempt } from '@/lib/commands/submit-attempt';
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
    const grade = submitAttempt({ attempt, quiz, userId: user.id, now });
    revalidatePath('/learn');
    return Response.json({ attemptId: attempt.id, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed });
  } catch (error) {
    return errorResponse(error);
  }
}
