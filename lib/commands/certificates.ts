import 'server-only';
import { randomBytes } from 'node:crypto';
import { insertCertificate, programmeModuleStandings, programmesContaining, versionShape } from '@/db/queries/certificates';
import { formatCertificateCode } from '@/lib/domain/certificate-code';
import { programmeProgress } from '@/lib/domain/completion';
import { moduleStatus } from '@/lib/domain/module-status';
import type { Tx } from './transaction';

/**
 * Follow-up of every change to a trainee's standing in a module: issues the
 * certificate of each programme containing it that the trainee has now
 * completed (every required module enrolled in and complete, as the stored
 * standings say). Runs inside the caller's transaction, after the standing
 * refresh, so a certificate is never issued for a change that rolls back.
 */
export function issueEarnedCertificates(tx: Tx, userId: number, moduleId: number, now: Date): void {
  for (const programme of programmesContaining(tx, moduleId, userId)) {
    if (programme.certified) continue;
    const modules = programmeModuleStandings(tx, programme.id, userId).map((m) => {
      const version = m.versionId === null ? null : versionShape(tx, m.versionId);
      const complete = Boolean(version && m.enrolled && moduleStatus(m.standing, version).progress.complete);
      return { moduleId: m.moduleId, required: m.required, complete };
    });
    if (!programmeProgress(modules).complete) continue;
    insertCertificate(tx, { userId, programmeId: programme.id, programmeTitle: programme.title, code: formatCertificateCode(randomBytes(12)), now });
  }
}
