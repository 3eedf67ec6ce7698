import { requireOwnAttemptApi, requirePermissionApi } from '@/lib/auth/guards';
import { saveAnswer } from '@/lib/commands/save-answer';
import { parseResponse } from '@/lib/domain/grading';
import { AppError, errorResponse } from '@/lib/errors';
import { invalidInput, readJson } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { saveAnswerSchema } from '@/lib/validation/attempts';

type Params = { params: Promise<{ id: string }> };

/**
 * Auto-save and offline replay: stores one answer of the trainee's own open
 * attempt. 200 when stored (or when this idempotency key was already stored),
 * 409 with the current answer when a newer revision is already stored.
 */
export async function PUT(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    requireSameOrigin(request);
    const body = saveAnswerSchema.safeParse(await readJson(request));
    if (!body.success) throw invalidInput(body.error.issues);
    const { attempt, quiz } = requireOwnAttemptApi(user, (await params).id);
    const question = quiz.questions.find((q) => q.key === body.data.questionKey);
    if (!question || !attempt.layout.questions.includes(question.key)) {
      throw new AppError('invalid:question', `Unknown question "${body.data.questionKey}" for this attempt.`);
    }
    const response = parseResponse(question, body.data.response);
    if ('error' in response) throw new AppError('invalid:response', response.error);
    const { revision, idempotencyKey, deviceSavedAt } = body.data;
    const result = saveAnswer({
      attempt,
      quiz,
      userId: user.id,
      questionKey: question.key,
      response,
      now: new Date(),
      revision,
      idempotencyKey,
      deviceSavedAt: deviceSavedAt ? new Date(deviceSavedAt) : undefined,
    });
    return Response.json(result.body, { status: result.status });
  } catch (error) {
    return errorResponse(error);
  }
}
