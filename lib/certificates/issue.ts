import 'server-only';
import { issueCertificate, programmesContaining } from '@/db/queries/certificates';
import { isEnrolled } from '@/db/queries/enrolment';
import { getProgramme } from '@/db/queries/programmes';
import { getPublishedModule } from '@/db/queries/published';
import { programmeProgress } from '@/lib/domain/completion';
import { moduleStanding } from '@/lib/module-standing';

/**
 * After progress in a module, issues the certificate of every programme
 * containing it that the trainee has now completed (all required modules).
 */
export function issueEarnedCertificates(userId: number, moduleId: number, now: Date): void {
  for (const { slug } of programmesContaining(moduleId)) {
    const programme = getProgramme(slug);
    if (!programme) continue;
    const modules = programme.modules.map((m) => {
      const courseModule = m.published ? getPublishedModule(m.slug) : null;
      const complete = Boolean(courseModule && isEnrolled(userId, courseModule.id) && moduleStanding(userId, courseModule).progress.complete);
      return { moduleId: m.id, required: m.required, complete };
    });
    if (programmeProgress(modules).complete) issueCertificate(userId, programme.id, now);
  }
}
