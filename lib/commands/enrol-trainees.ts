import 'server-only';
import { getDb } from '@/db/index';
import { writeAudit } from '@/db/queries/audit';
import { addCohortTrainee, insertTraineeAccount, loadAccounts, type NewAccountToken } from '@/db/queries/cohort-enrolment';
import {
  classifyEnrolmentRows,
  enrolmentEmails,
  enrolmentFingerprint,
  summariseEnrolment,
  type ClassifiedRow,
  type EnrolmentSummary,
} from '@/lib/domain/enrolment-classify';
import type { EnrolmentRow } from '@/lib/domain/enrolment-csv';
import { issueSetPasswordToken } from '@/lib/domain/set-password-token';
import { queueSetPasswordEmail } from '@/lib/notifications/set-password-email';
import { certificateIssuer, type CertificateIssuer } from './certificates';
import { enrolInProgrammeIn } from './enrol';
import type { Tx } from './transaction';

/** Classifies a trainee list against the accounts and the cohort as they are now. Writes nothing. */
export function previewEnrolment(rows: readonly EnrolmentRow[], cohortId: number): ClassifiedRow[] {
  return classifyEnrolmentRows(rows, loadAccounts(enrolmentEmails(rows), cohortId, getDb()));
}

export type CommitResult =
  | { status: 'enrolled'; rows: ClassifiedRow[]; summary: EnrolmentSummary; tokens: NewAccountToken[] }
  | { status: 'changed'; rows: ClassifiedRow[] };

export interface CommitInput {
  cohort: { id: number; programmeId: number };
  rows: readonly EnrolmentRow[];
  /** The fingerprint of the preview the manager confirmed; null when there was no preview (one trainee). */
  expectedFingerprint: string | null;
  actorId: number;
  now: Date;
  /** For the audit log: the uploaded file's name, or null for a single trainee. */
  fileName: string | null;
}

function enrolRow(tx: Tx, row: ClassifiedRow, input: CommitInput, issue: CertificateIssuer): NewAccountToken | null {
  if (row.status === 'wrong' || (row.status === 'existing' && row.alreadyMember)) return null;
  const { cohort, actorId, now } = input;
  let userId: number;
  let token: NewAccountToken | null = null;
  if (row.status === 'new') {
    const issued = issueSetPasswordToken(now);
    const { line: _line, status: _status, ...profile } = row;
    userId = insertTraineeAccount(tx, profile, issued, { createdById: actorId, createdInCohortId: cohort.id }, now);
    writeAudit({ actorId, action: 'user.created', targetType: 'user', targetId: userId, details: { email: row.email, role: 'trainee', cohortId: cohort.id } }, tx);
    token = { name: row.name, email: row.email, token: issued.token, expiresAt: issued.expiresAt };
    queueSetPasswordEmail(tx, { userId, name: row.name, email: row.email, locale: row.preferredLanguage, token: issued.token, expiresAt: issued.expiresAt }, now);
  } else {
    userId = row.userId;
  }
  addCohortTrainee(tx, cohort.id, userId);
  enrolInProgrammeIn(tx, { userId, programmeId: cohort.programmeId, source: 'cohort', now }, issue);
  writeAudit(
    { actorId, action: 'cohort.trainee-enrolled', targetType: 'cohort', targetId: cohort.id, details: { userId, email: row.email, newAccount: row.status === 'new' } },
    tx,
  );
  return token;
}

/**
 * Command: enrols the trainees of a list (or one trainee) in a cohort and its
 * programme, in ONE immediate transaction: all of them or none. The rows are
 * classified again inside the transaction; when the outcome differs from the
 * confirmed preview nothing is written and the new classification comes
 * back. Rows already in the cohort change nothing, so the same file twice is
 * harmless. Audit entries, certificate checks and each new account's
 * set-password email (queued in the outbox) run in the same transaction.
 */
export function enrolTrainees(input: CommitInput): CommitResult {
  return getDb().transaction(
    (tx) => {
      const rows = classifyEnrolmentRows(input.rows, loadAccounts(enrolmentEmails(input.rows), input.cohort.id, tx));
      if (input.expectedFingerprint !== null && enrolmentFingerprint(rows) !== input.expectedFingerprint) return { status: 'changed', rows };
      const issue = certificateIssuer(tx, input.now);
      const tokens = rows.map((row) => enrolRow(tx, row, input, issue)).filter((token) => token !== null);
      const summary = summariseEnrolment(rows);
      if (input.fileName !== null && summary.created + summary.added > 0) {
        writeAudit(
          { actorId: input.actorId, action: 'cohort.bulk-enrolment', targetType: 'cohort', targetId: input.cohort.id, details: { file: input.fileName, ...summary } },
          tx,
        );
      }
      return { status: 'enrolled', rows, summary, tokens };
    },
    { behavior: 'immediate' },
  );
}
