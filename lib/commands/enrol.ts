import 'server-only';
import { insertModuleEnrolment, insertProgrammeEnrolment } from '@/db/queries/enrolment';
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
 * Enrols a trainee in a programme and each of its modules inside the caller's
 * transaction, with the certificate check (pass the command's issuer when it
 * enrols many trainees).
 */
export function enrolInProgrammeIn(
  tx: Tx,
  input: { userId: number; programmeId: number; source: Source; now: Date },
  issue: CertificateIssuer = certificateIssuer(tx, input.now),
): void {
  issue(input.userId, insertProgrammeEnrolment(tx, input.userId, input.programmeId, input.source));
}

/** Command: enrols a trainee in a programme and every module of it, in one transaction. */
export function enrolInProgramme(input: { userId: number; programmeId: number; source: Source; now: Date }): void {
  inTransaction((tx) => enrolInProgrammeIn(tx, input));
}
