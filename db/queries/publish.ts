import 'server-only';
import { eq, max } from 'drizzle-orm';
import { buildSnapshot } from '@/lib/content/snapshot';
import { modules, moduleVersions, publishedAssignments, publishedLessons, publishedLessonTranslations } from '../schema';
import { writeAudit } from './audit';
import { readModuleDraft, type ReadCaptions, type SyncDatabase } from './module-draft';

export type { ReadCaptions, SyncDatabase } from './module-draft';

export interface PublishModuleInput {
  moduleId: number;
  actorId: number | null;
  changelog: string;
  now: Date;
  /** Where lecture captions come from: the draft only holds their path. */
  readCaptions: ReadCaptions;
}

export type PublishResult = { changed: false; versionId: number; version: number } | { changed: true; versionId: number; version: number };

/**
 * Publishes a module's draft as a new immutable version, inside the caller's
 * (synchronous) transaction. When the draft's content hash equals the
 * published version's, nothing is written and that version is returned.
 * Trainees keep seeing the old version's rows until `publishedVersionId`
 * moves, which happens in the same transaction as the inserts; the caller
 * (a publishing command) refreshes the standings in that transaction too.
 */
export function publishVersion(tx: SyncDatabase, input: PublishModuleInput): PublishResult {
  const { draft, publishedVersionId } = readModuleDraft(tx, input.moduleId, input.readCaptions);
  const snapshot = buildSnapshot(draft);
  if (publishedVersionId !== null) {
    const current = tx
      .select({ id: moduleVersions.id, version: moduleVersions.version, contentHash: moduleVersions.contentHash })
      .from(moduleVersions)
      .where(eq(moduleVersions.id, publishedVersionId))
      .get();
    if (current && current.contentHash === snapshot.contentHash) {
      return { changed: false, versionId: current.id, version: current.version };
    }
  }

  const latest = tx
    .select({ version: max(moduleVersions.version) })
    .from(moduleVersions)
    .where(eq(moduleVersions.moduleId, input.moduleId))
    .get();
  const version = (latest?.version ?? 0) + 1;
  const inserted = tx
    .insert(moduleVersions)
    .values({
      moduleId: input.moduleId,
      version,
      title: snapshot.title,
      summary: snapshot.summary,
      objectives: snapshot.objectives,
      changelog: input.changelog,
      contentHash: snapshot.contentHash,
      quiz: snapshot.quiz,
      translations: snapshot.translations,
      publishedById: input.actorId,
      publishedAt: input.now,
    })
    .returning({ id: moduleVersions.id })
    .get();
  if (snapshot.lessons.length > 0) {
    tx.insert(publishedLessons)
      .values(snapshot.lessons.map((lesson) => ({ ...lesson, versionId: inserted.id })))
      .run();
  }
  if (snapshot.assignments.length > 0) {
    tx.insert(publishedAssignments)
      .values(snapshot.assignments.map((assignment) => ({ ...assignment, versionId: inserted.id })))
      .run();
  }
  if (snapshot.lessonTranslations.length > 0) {
    tx.insert(publishedLessonTranslations)
      .values(snapshot.lessonTranslations.map((lesson) => ({ ...lesson, versionId: inserted.id })))
      .run();
  }
  tx.update(modules).set({ publishedVersionId: inserted.id }).where(eq(modules.id, input.moduleId)).run();
  writeAudit(
    {
      actorId: input.actorId,
      action: 'module.published',
      targetType: 'module',
      targetId: input.moduleId,
      details: { version, changelog: input.changelog },
    },
    tx,
  );
  return { changed: true, versionId: inserted.id, version };
}
