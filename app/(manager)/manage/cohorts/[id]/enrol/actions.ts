'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { ok, type ActionState } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireCohortApi } from '@/lib/auth/guards';
import { enrolTrainees, previewEnrolment } from '@/lib/commands/enrol-trainees';
import { enrolmentFingerprint, summariseEnrolment, type ClassifiedRow, type EnrolmentSummary } from '@/lib/domain/enrolment-classify';
import { fileSizeProblem, readEnrolmentFile, type EnrolmentRow, type FileProblem } from '@/lib/domain/enrolment-csv';
import { oneTimeLinks, type OneTimeLink } from '@/lib/one-time-links';
import { cohortIdSchema } from '@/lib/validation/cohorts';

/** Where the two-step enrolment got to: a file it could not read, a preview, or trainees enrolled. */
export type EnrolStep =
  | { step: 'file-problem'; problem: FileProblem }
  | {
      step: 'preview';
      fileName: string;
      rows: ClassifiedRow[];
      summary: EnrolmentSummary;
      fingerprint: string;
      ignoredColumns: string[];
      /** Set when the confirmed preview no longer matched: this is the new one. */
      changed: boolean;
    }
  | { step: 'enrolled'; summary: EnrolmentSummary; links: OneTimeLink[] };

type UploadedRows = { ok: true; fileName: string; rows: EnrolmentRow[]; ignoredColumns: string[] } | { ok: false; problem: FileProblem };

async function readUpload(form: FormData): Promise<UploadedRows> {
  const file = form.get('file');
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return { ok: false, problem: { code: 'no-file' } };
  // Refuse by the declared size before reading a byte of it.
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const read = readEnrolmentFile(new Uint8Array(await file.arrayBuffer()));
  return read.ok ? { ...read, fileName: file.name.slice(0, 200) } : read;
}

function previewState(fileName: string, rows: ClassifiedRow[], ignoredColumns: string[], changed: boolean): ActionState<EnrolStep> {
  return ok({ step: 'preview', fileName, rows, summary: summariseEnrolment(rows), fingerprint: enrolmentFingerprint(rows), ignoredColumns, changed });
}

const bulkEnrolSchema = z.object({ cohortId: cohortIdSchema, intent: z.string(), fingerprint: z.string() });

/**
 * Two steps on one form. 'preview' reads and classifies the file and writes
 * nothing; 'enrol' reads the same file again and enrols every valid row in
 * one transaction, provided the classification still matches the preview.
 */
export const bulkEnrolAction = formAction(
  'cohorts:manage',
  bulkEnrolSchema,
  async (input, { user, form }): Promise<ActionState<EnrolStep>> => {
    const cohort = requireCohortApi('manage', user, input.cohortId);
    const upload = await readUpload(form);
    if (!upload.ok) return ok({ step: 'file-problem', problem: upload.problem });
    const fingerprint = input.fingerprint;
    if (input.intent !== 'enrol' || fingerprint === '') {
      return previewState(upload.fileName, previewEnrolment(upload.rows, cohort.id), upload.ignoredColumns, false);
    }
    const result = enrolTrainees({ cohort, rows: upload.rows, expectedFingerprint: fingerprint, actorId: user.id, now: new Date(), fileName: upload.fileName });
    if (result.status === 'changed') return previewState(upload.fileName, result.rows, upload.ignoredColumns, true);
    revalidatePath(`/manage/cohorts/${cohort.id}`);
    revalidatePath('/manage');
    return ok({ step: 'enrolled', summary: result.summary, links: oneTimeLinks(result.tokens) });
  },
  { invalidKey: 'invalid' },
);
