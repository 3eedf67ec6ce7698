/**
 * Sorting the rows of a trainee list into new accounts, existing accounts
 * and rows that cannot be enrolled (with the reason). The same rules serve
 * the preview and the final write, so what the manager saw is what happens.
 */
import { createHash } from 'node:crypto';
import { canonicalLocale, defaultLocale, type Locale } from '@/lib/i18n/config';
import { emailSchema } from '@/lib/validation/auth';
import type { EnrolmentRow } from './enrolment-csv';
import type { Role } from './permissions';

export const MAX_FIELD_LENGTH = 120;

/** What the app knows about an account whose email appears in the file. */
export interface ExistingAccount {
  id: number;
  name: string;
  role: Role;
  active: boolean;
  /** The account's role in this cohort, or null when it is not a member. */
  memberRole: 'trainee' | 'instructor' | 'manager' | null;
}

export type RowProblem =
  | 'extra-values'
  | 'email-missing'
  | 'email-invalid'
  | 'duplicate'
  | 'field-too-long'
  | 'language-invalid'
  | 'name-missing'
  | 'deactivated'
  | 'not-a-trainee'
  | 'member-other-role';

interface Profile {
  name: string;
  country: string;
  ministry: string;
  jobTitle: string;
  preferredLanguage: Locale;
}

export type ClassifiedRow =
  | ({ line: number; status: 'new'; email: string } & Profile)
  | { line: number; status: 'existing'; email: string; name: string; userId: number; alreadyMember: boolean }
  | { line: number; status: 'wrong'; email: string; name: string; problem: RowProblem; duplicateOf?: number; extraValues?: number };

/** The emails to look up, lower-cased (the form every account's email is stored in). */
export function enrolmentEmails(rows: readonly EnrolmentRow[]): string[] {
  return [...new Set(rows.map((row) => row.email.toLowerCase()).filter(Boolean))];
}

function problemOf(row: EnrolmentRow, email: string | null, firstLine: number | undefined, account: ExistingAccount | undefined): RowProblem | null {
  if (row.extraValues) return 'extra-values';
  if (!row.email) return 'email-missing';
  if (!email) return 'email-invalid';
  if (firstLine !== undefined) return 'duplicate';
  if ([row.name, row.country, row.ministry, row.jobTitle].some((value) => value.length > MAX_FIELD_LENGTH)) return 'field-too-long';
  if (row.language && !canonicalLocale(row.language)) return 'language-invalid';
  if (!account) return row.name ? null : 'name-missing';
  if (!account.active) return 'deactivated';
  if (account.memberRole && account.memberRole !== 'trainee') return 'member-other-role';
  if (account.role !== 'trainee') return 'not-a-trainee';
  return null;
}

/**
 * Classifies every row. A second row with the same email is flagged as a
 * duplicate of the first; an existing account keeps its own profile.
 */
export function classifyEnrolmentRows(rows: readonly EnrolmentRow[], accounts: ReadonlyMap<string, ExistingAccount>): ClassifiedRow[] {
  const firstLineOf = new Map<string, number>();
  return rows.map((row) => {
    const parsed = emailSchema.safeParse(row.email);
    const email = parsed.success ? parsed.data : null;
    const firstLine = email ? firstLineOf.get(email) : undefined;
    if (email && firstLine === undefined) firstLineOf.set(email, row.line);
    const account = email ? accounts.get(email) : undefined;
    const problem = problemOf(row, email, firstLine, account);
    if (problem) {
      return {
        line: row.line,
        status: 'wrong',
        email: row.email,
        name: row.name,
        problem,
        ...(problem === 'duplicate' ? { duplicateOf: firstLine } : {}),
        ...(problem === 'extra-values' ? { extraValues: row.extraValues } : {}),
      };
    }
    if (account && email) {
      return { line: row.line, status: 'existing', email, name: account.name, userId: account.id, alreadyMember: account.memberRole === 'trainee' };
    }
    const preferredLanguage = canonicalLocale(row.language) ?? defaultLocale;
    return { line: row.line, status: 'new', email: email ?? '', name: row.name, country: row.country, ministry: row.ministry, jobTitle: row.jobTitle, preferredLanguage };
  });
}

export interface EnrolmentSummary {
  /** Accounts to create. */
  created: number;
  /** Existing accounts to add to the cohort. */
  added: number;
  /** Existing trainees already in the cohort: nothing changes for them. */
  unchanged: number;
  wrong: number;
}

export function summariseEnrolment(rows: readonly ClassifiedRow[]): EnrolmentSummary {
  const summary: EnrolmentSummary = { created: 0, added: 0, unchanged: 0, wrong: 0 };
  for (const row of rows) {
    if (row.status === 'new') summary.created += 1;
    else if (row.status === 'wrong') summary.wrong += 1;
    else if (row.alreadyMember) summary.unchanged += 1;
    else summary.added += 1;
  }
  return summary;
}

/** The number of trainees an "Enrol N trainees" press changes. */
export function toEnrolCount(summary: EnrolmentSummary): number {
  return summary.created + summary.added;
}

/**
 * A digest of the classification. The write recomputes it inside its
 * transaction and refuses when it differs from the one previewed, so an
 * account created in between never leads to a surprise.
 */
export function enrolmentFingerprint(rows: readonly ClassifiedRow[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('base64url');
}
