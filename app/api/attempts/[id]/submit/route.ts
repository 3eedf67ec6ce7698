import { revalidatePath } from 'next/cache';
import { ownAttemptWithQuiz } from '@/lib/attempt-context';
import { authorizeApi } from '@/lib/auth/dal';
import { submitAttempt } from '@/lib/commands/submit-attempt';
import { errorResponse } from '@/lib/errors';

type Params = { params: Promise<{ id: string }> };

/** Submits the trainee's own open attempt: grades the saved answers on the server. */
export async function POST(_request: Request, { params }: Params) {
  try {
    const user = await authorizeApi('learning:view');
    const { attempt, quiz } = ownAttemptWithQuiz((await params).id, user.id);
    const now = new Date();
    const grade = submitAttempt({ attempt, quiz, userId: user.id, now });
    revalidatePath('/learn');
    return Response.json({ attemptId: attempt.id, score: grade.score, maxScore: grade.maxScore, percent: grade.percent, passed: grade.passed });
  } catch (error) {
    return errorResponse(error);
  }
}
