import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import {
  classifyEnrolmentRows,
  enrolmentEmails,
  enrolmentFingerprint,
  summariseEnrolment,
  type ClassifiedRow,
  type EnrolmentSummary,
  type ExistingAccount,
} from '@/lib/domain/enrolment-classify';
import type { EnrolmentRow } from '@/lib/domain/enrolment-csv';
import { issueSetPasswordToken } from '@/lib/domain/set-password-token';
import { getDb } from '../index';
import { cohortMembers, users } from '../schema';
import { writeAudit } from './audit';
import { enrolInProgramme, type DbTransaction } from './enrolment';

type Reader = Pick<DbTransaction, 'select'>;

/** Accounts with these (lower-case) emails, with their role in the cohort. */
function loadAccounts(emails: readonly string[], cohortId: number, db: Reader): Map<string, ExistingAccount> {
  const accounts = new Map<string, ExistingAccount>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = db
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, memberRole: cohortMembers.role })
      .from(users)
      .leftJoin(cohortMembers, and(eq(cohortMembers.userId, users.id), eq(cohortMembers.cohortId, cohortId)))
      .where(inArray(users.email, emails.slice(i, i + 500)))
      .all();
    for (const { email, ...account } of rows) accounts.set(email, account);
  }
  return accounts;
}

/** Classifies a trainee list against the accounts and the cohort as they are now. Writes nothing. */
export function previewEnrolment(rows: readonly EnrolmentRow[], cohortId: number): ClassifiedRow[] {
  return classifyEnrolmentRows(rows, loadAccounts(enrolmentEmails(rows), cohortId, getDb()));
}

/** A new account's one-time link material: shown to the manager once, never stored. */
export interface NewAccountToken {
  name: string;
  email: string;
  token: string;
  expiresAt: Date;
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

function enrolRow(tx: DbTransaction, row: ClassifiedRow, input: CommitInput): NewAccountToken | null {
  if (row.status === 'wrong' || (row.status === 'existing' && row.alreadyMember)) return null;
  const { cohort, actorId, now } = input;
  let userId: number;
  let token: NewAccountToken | null = null;
  if (row.status === 'new') {
    const issued = issueSetPasswordToken(now);
    const { line: _line, status: _status, ...profile } = row;
    userId = tx
      .insert(users)
      .values({ ...profile, role: 'trainee', setPasswordTokenHash: issued.tokenHash, setPasswordExpiresAt: issued.expiresAt, updatedAt: now })
      .returning({ id: users.id })
      .get().id;
    writeAudit({ actorId, action: 'user.created', targetType: 'user', targetId: userId, details: { email: row.email, role: 'trainee', cohortId: cohort.id } }, tx);
    token = { name: row.name, email: row.email, token: issued.token, expiresAt: issued.expiresAt };
  } else {
    userId = row.userId;
  }
  tx.insert(cohortMembers).values({ cohortId: cohort.id, userId, role: 'trainee' }).onConflictDoNothing().run();
  enrolInProgramme(userId, cohort.programmeId, 'cohort', tx);
  writeAudit(
    { actorId, action: 'cohort.trainee-enrolled', targetType: 'cohort', targetId: cohort.id, details: { userId, email: row.email, newAccount: row.status === 'new' } },
    tx,
  );
  return token;
}

/**
 * Enrols every valid row in ONE immediate transaction: all of them or none.
 * The rows are classified again inside the transaction; when the outcome
 * differs from the confirmed preview nothing is written and the new
 * classification comes back. Rows already in the cohort change nothing, so
 * running the same file twice is harmless.
 */
export function commitEnrolment(input: CommitInput): CommitResult {
  return getDb().transaction(
    (tx) => {
      const rows = classifyEnrolmentRows(input.rows, loadAccounts(enrolmentEmails(input.rows), input.cohort.id, tx));
      if (input.expectedFingerprint !== null && enrolmentFingerprint(rows) !== input.expectedFingerprint) return { status: 'changed', rows };
      const tokens = rows.map((row) => enrolRow(tx, row, input)).filter((token) => token !== null);
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
