'use server';

import { revalidatePath } from 'next/cache';
import { enrolTrainees, previewEnrolment } from '@/lib/commands/enrol-trainees';
import { requireManagedCohort } from '@/lib/cohort-access';
import { enrolmentFingerprint, summariseEnrolment, type ClassifiedRow, type EnrolmentSummary } from '@/lib/domain/enrolment-classify';
import { fileSizeProblem, readEnrolmentFile, type EnrolmentRow, type FileProblem } from '@/lib/domain/enrolment-csv';
import { oneTimeLinks, type OneTimeLink } from '@/lib/one-time-links';

export type BulkEnrolState =
  | { status: 'idle' }
  | { status: 'file-problem'; problem: FileProblem }
  | {
      status: 'preview';
      fileName: string;
      rows: ClassifiedRow[];
      summary: EnrolmentSummary;
      fingerprint: string;
      ignoredColumns: string[];
      /** Set when the confirmed preview no longer matched: this is the new one. */
      changed: boolean;
    }
  | { status: 'enrolled'; summary: EnrolmentSummary; links: OneTimeLink[] };

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

function previewState(fileName: string, rows: ClassifiedRow[], ignoredColumns: string[], changed: boolean): BulkEnrolState {
  return { status: 'preview', fileName, rows, summary: summariseEnrolment(rows), fingerprint: enrolmentFingerprint(rows), ignoredColumns, changed };
}

/**
 * Two steps on one form. 'preview' reads and classifies the file and writes
 * nothing; 'enrol' reads the same file again and enrols every valid row in
 * one transaction, provided the classification still matches the preview.
 */
export async function bulkEnrolAction(_prev: BulkEnrolState, form: FormData): Promise<BulkEnrolState> {
  const { user, cohort } = await requireManagedCohort(form.get('cohortId'));
  const upload = await readUpload(form);
  if (!upload.ok) return { status: 'file-problem', problem: upload.problem };
  const fingerprint = form.get('fingerprint');
  if (form.get('intent') !== 'enrol' || typeof fingerprint !== 'string' || fingerprint === '') {
    return previewState(upload.fileName, previewEnrolment(upload.rows, cohort.id), upload.ignoredColumns, false);
  }
  const result = enrolTrainees({ cohort, rows: upload.rows, expectedFingerprint: fingerprint, actorId: user.id, now: new Date(), fileName: upload.fileName });
  if (result.status === 'changed') return previewState(upload.fileName, result.rows, upload.ignoredColumns, true);
  revalidatePath(`/manage/cohorts/${cohort.id}`);
  revalidatePath('/manage');
  return { status: 'enrolled', summary: result.summary, links: await oneTimeLinks(result.tokens) };
}
