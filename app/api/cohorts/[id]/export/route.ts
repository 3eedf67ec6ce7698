import { getDb } from '@/db';
import { requireCohortApi, requirePermissionApi } from '@/lib/auth/guards';
import { AppError, errorResponse } from '@/lib/errors';
import { cohortCsvStream } from '@/lib/reports/cohort-csv';
import { csvLabels } from '@/lib/reports/csv-labels';
import { parseDashboardQuery } from '@/lib/validation/dashboard';

type Params = { params: Promise<{ id: string }> };

/** Safe file name part: letters, digits and dashes only. */
const slug = (text: string) => text.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'cohort';

/** GET /api/cohorts/:id/export?country=&status=: the cohort's dashboard as a streamed CSV download. */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('reports:view');
    const { query, problems } = parseDashboardQuery(new URL(request.url).searchParams);
    const problem = problems[0];
    if (problem) throw new AppError('invalid:query', `${problem.field}: "${problem.value}" is not a valid value.`);
    const cohort = requireCohortApi('report', user, (await params).id);
    const now = new Date();
    const body = cohortCsvStream(getDb(), cohort, { country: query.country, status: query.status, now, labels: await csvLabels() });
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug(cohort.name)}-${now.toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
