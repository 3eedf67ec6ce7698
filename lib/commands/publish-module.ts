import 'server-only';
import type { AppDatabase } from '@/db/index';
import { enrolledUserIds } from '@/db/queries/enrolment';
import { readModuleDraft, type ReadCaptions } from '@/db/queries/module-draft';
import { writeModulePackage, type PackageImportSummary } from '@/db/queries/module-package';
import { publishVersion, type PublishResult } from '@/db/queries/publish';
import type { ContentModule } from '@/lib/content/types';
import { publishProblems, type PublishProblem } from '@/lib/domain/publish-readiness';
import { certificateIssuer } from './certificates';
import { refreshModuleStandings } from './standings';
import { inTransaction, type Tx } from './transaction';

/**
 * The follow-ups of a new published version, in the publishing transaction:
 * every trainee's standing is recomputed against the new lessons and quiz,
 * and a trainee the new version makes complete gets their certificate.
 */
export function afterPublish(tx: Tx, moduleId: number, now: Date): void {
  refreshModuleStandings(tx, moduleId);
  const issue = certificateIssuer(tx, now);
  for (const userId of enrolledUserIds(tx, moduleId)) issue(userId, [moduleId]);
}

export type PublishDraftResult = { ok: true; result: PublishResult } | { ok: false; problems: PublishProblem[] };

/**
 * Command: publishes an author's draft as a new version in one transaction,
 * unless something stops it (checked inside the same transaction, so a
 * concurrent edit cannot slip an invalid draft through). Unchanged content
 * publishes nothing.
 */
export function publishModule(input: { moduleId: number; actorId: number; changelog: string; now: Date; readCaptions: ReadCaptions }): PublishDraftResult {
  return inTransaction((tx) => {
    const problems = publishProblems(readModuleDraft(tx, input.moduleId, input.readCaptions).draft);
    if (problems.length > 0) return { ok: false, problems };
    const result = publishVersion(tx, input);
    if (result.changed) afterPublish(tx, input.moduleId, input.now);
    return { ok: true, result };
  });
}

/**
 * Command: loads a validated module package into the module's draft in ONE
 * transaction. It never publishes (the author reviews and publishes on the
 * publish page), so no trainee's standing changes. The caller checks that the
 * actor may change an existing module with this slug.
 */
export function importModulePackage(mod: ContentModule, options: { actorId: number; now: Date }, db?: AppDatabase): PackageImportSummary {
  const work = (tx: Tx) => writeModulePackage(tx, mod, options);
  return db ? db.transaction(work) : inTransaction(work);
}
