import 'server-only';
import { randomBytes } from 'node:crypto';
import { insertCertificate, programmeModuleStandings, programmesContaining, versionShape } from '@/db/queries/certificates';
import { formatCertificateCode } from '@/lib/domain/certificate-code';
import { programmeProgress } from '@/lib/domain/completion';
import { moduleStatus } from '@/lib/domain/module-status';
import type { Tx } from './transaction';

/** Checks trainees after a change to their standing or enrolment in some modules, issuing what they earned. */
export type CertificateIssuer = (userId: number, moduleIds: readonly number[]) => void;

/**
 * The follow-up of every change to a trainee's standing or enrolment: issues
 * the certificate of each programme containing one of the modules that the
 * trainee has now completed (every required module enrolled in and complete,
 * as the stored standings say). Runs inside the caller's transaction, after
 * the standing refresh, so a certificate is never issued for a change that
 * rolls back.
 */
export function certificateIssuer(tx: Tx, now: Date): CertificateIssuer {
  return (userId, moduleIds) => {
    const programmes = new Map(moduleIds.flatMap((moduleId) => programmesContaining(tx, moduleId, userId)).map((p) => [p.id, p]));
    for (const programme of programmes.values()) {
      if (programme.certified) continue;
      const modules = programmeModuleStandings(tx, programme.id, userId).map((m) => {
        const version = m.versionId === null ? null : versionShape(tx, m.versionId);
        const complete = Boolean(version && m.enrolled && moduleStatus(m.standing, version).progress.complete);
        return { moduleId: m.moduleId, required: m.required, complete };
      });
      if (!programmeProgress(modules).complete) continue;
      insertCertificate(tx, { userId, programmeId: programme.id, programmeTitle: programme.title, code: formatCertificateCode(randomBytes(12)), now });
    }
  };
}

/** {@link certificateIssuer} for one trainee and one module. */
export function issueEarnedCertificates(tx: Tx, userId: number, moduleId: number, now: Date): void {
  certificateIssuer(tx, now)(userId, [moduleId]);
}
