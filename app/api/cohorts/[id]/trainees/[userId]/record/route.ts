import { z } from 'zod';
import { getDb } from '@/db';
import { isCohortTrainee, loadTraineeRecord } from '@/db/queries/trainee-record';
import { requireCohortApi, requirePermissionApi } from '@/lib/auth/guards';
import { AppError, errorResponse } from '@/lib/errors';
import { recordCsv, recordForExport } from '@/lib/reports/trainee-record';
import { idSchema } from '@/lib/validation/dashboard';

type Params = { params: Promise<{ id: string; userId: string }> };

const formatSchema = z.enum(['csv', 'json']);

/**
 * GET /api/cohorts/:id/trainees/:userId/record?format=csv|json: what is
 * recorded about a trainee of the cohort within that cohort and its
 * programme, for a manager of that cohort.
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requirePermissionApi('reports:view');
    const { id, userId: rawUserId } = await params;
    const format = formatSchema.safeParse(new URL(request.url).searchParams.get('format') ?? 'json');
    if (!format.success) throw new AppError('invalid:format', 'format must be csv or json.');
    const userId = idSchema.safeParse(rawUserId);
    if (!userId.success) throw new AppError('invalid:user', 'The trainee id must be a positive whole number.');
    const cohort = requireCohortApi('report', user, id);
    const db = getDb();
    if (!isCohortTrainee(db, cohort.id, userId.data)) throw new AppError('not-found:trainee', 'No such trainee in this cohort.');
    const record = loadTraineeRecord(db, userId.data, { cohortId: cohort.id, programmeId: cohort.programmeId });
    if (!record) throw new AppError('not-found:trainee', 'No such trainee in this cohort.');
    const name = `trainee-${userId.data}-record.${format.data}`;
    const headers = { 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
    if (format.data === 'csv') return new Response(recordCsv(record), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
    return new Response(JSON.stringify(recordForExport(record), null, 2), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  } catch (error) {
    return errorResponse(error);
  }
}
