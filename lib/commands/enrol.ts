import 'server-only';
import { insertModuleEnrolment, insertProgrammeEnrolment, programmeModuleList } from '@/db/queries/enrolment';
import { enrollableModuleIds } from '@/lib/domain/enrolment-rules';
import { certificateIssuer, issueEarnedCertificates, type CertificateIssuer } from './certificates';
import { inTransaction, type Tx } from './transaction';

type Source = 'self' | 'cohort' | 'manager';

/**
 * Command: enrols a trainee in one module (twice changes nothing). A
 * certificate counts only enrolled modules, so enrolling is followed by the
 * certificate check in the same transaction.
 */
export function enrolInModule(input: { userId: number; moduleId: number; source: Source; now: Date }): void {
  inTransaction((tx) => {
    insertModuleEnrolment(tx, input.userId, input.moduleId, input.source);
    issueEarnedCertificates(tx, input.userId, input.moduleId, input.now);
  });
}

/**
 * Enrols a trainee in a programme and its modules inside the caller's
 * transaction, with the certificate check (pass the command's issuer when it
 * enrols many trainees). Self-enrolment adds only the modules open to it
 * (lib/domain/enrolment-rules); a closed module is left to a manager.
 */
export function enrolInProgrammeIn(
  tx: Tx,
  input: { userId: number; programmeId: number; source: Source; now: Date },
  issue: CertificateIssuer = certificateIssuer(tx, input.now),
): void {
  const moduleIds = enrollableModuleIds(input.source, programmeModuleList(tx, input.programmeId));
  insertProgrammeEnrolment(tx, input.userId, input.programmeId, moduleIds, input.source);
  issue(input.userId, moduleIds);
}

/** Command: enrols a trainee in a programme and its modules (see {@link enrolInProgrammeIn}), in one transaction. */
export function enrolInProgramme(input: { userId: number; programmeId: number; source: Source; now: Date }): void {
  inTransaction((tx) => enrolInProgrammeIn(tx, input));
}
