import { requirePermissionApi } from '@/lib/auth/guards';
import { saveSurveyResponse } from '@/lib/commands/surveys';
import { errorResponse } from '@/lib/errors';
import { invalidInput, readJson } from '@/lib/http';
import { requireSameOrigin } from '@/lib/http/same-origin';
import { requireAnswerSurveyApi } from '@/lib/surveys/access';
import { moduleCompletedFor } from '@/lib/surveys/trainee';
import { surveyResponseSchema } from '@/lib/validation/surveys';

type Params = { params: Promise<{ id: string }> };

/**
 * PUT /api/surveys/:id/response: saves the signed-in trainee's answers, as a
 * draft (autosave) or as the submission. 200 when saved; 400 naming each
 * question whose answer is refused (nothing saved); 409 when the survey is
 * closed or not open yet; 404 for a survey of a cohort they are not in.
 */
export async function PUT(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('learning:view');
    requireSameOrigin(request);
    const body = surveyResponseSchema.safeParse(await readJson(request));
    if (!body.success) throw invalidInput(body.error.issues);
    const survey = requireAnswerSurveyApi(user, (await params).id);
    const result = saveSurveyResponse({
      surveyId: survey.id,
      userId: user.id,
      ...body.data,
      moduleCompleted: survey.targetKind === 'module' && moduleCompletedFor(user.id, survey.moduleSlug),
      now: new Date(),
    });
    if (!result.ok) return Response.json({ error: 'invalid:answers', message: 'Some answers were refused; nothing was saved.', issues: result.issues }, { status: 400 });
    return Response.json({ status: 'saved', submitted: result.submitted, savedAt: result.savedAt.toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}
