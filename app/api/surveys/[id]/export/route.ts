import { requirePermissionApi } from '@/lib/auth/guards';
import { errorResponse } from '@/lib/errors';
import { canonicalLocale, defaultLocale } from '@/lib/i18n/config';
import { requireRunSurveyApi } from '@/lib/surveys/access';
import { surveyCsv } from '@/lib/surveys/export';

type Params = { params: Promise<{ id: string }> };

/** GET /api/surveys/:id/export: the survey's results as a CSV download, for those who run its cohort. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('reports:view');
    const survey = requireRunSurveyApi(user, (await params).id);
    const csv = await surveyCsv(survey, canonicalLocale(user.preferredLanguage) ?? defaultLocale);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="survey-${survey.id}-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
