import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { buildSnapshot, type ModuleDraft, type ModuleSnapshot } from '@/lib/content/snapshot';
import { getDb } from '../index';
import { lessons, moduleVersions, users } from '../schema';
import { readModuleDraft, type ReadCaptions } from './module-draft';

/** A module's draft, and the version trainees see now (null when never published) with its content hash. */
export function readDraftAndPublished(moduleId: number, readCaptions: ReadCaptions): { draft: ModuleDraft; published: { version: number; contentHash: string } | null } {
  const db = getDb();
  const { draft, publishedVersionId } = readModuleDraft(db, moduleId, readCaptions);
  const published =
    publishedVersionId === null
      ? undefined
      : db
          .select({ version: moduleVersions.version, contentHash: moduleVersions.contentHash })
          .from(moduleVersions)
          .where(eq(moduleVersions.id, publishedVersionId))
          .get();
  return { draft, published: published ?? null };
}

export interface VersionRow {
  version: number;
  publishedAt: Date;
  changelog: string;
  publishedBy: string | null;
}

/** Every published version of a module, newest first. */
export function listVersions(moduleId: number): VersionRow[] {
  return getDb()
    .select({
      version: moduleVersions.version,
      publishedAt: moduleVersions.publishedAt,
      changelog: moduleVersions.changelog,
      publishedBy: users.name,
    })
    .from(moduleVersions)
    .leftJoin(users, eq(users.id, moduleVersions.publishedById))
    .where(eq(moduleVersions.moduleId, moduleId))
    .orderBy(desc(moduleVersions.version))
    .all();
}

export interface DraftPreview {
  snapshot: ModuleSnapshot;
  /** Draft lesson ids by key, for the author-only media route. */
  lessonIds: Map<string, number>;
}

/** The draft exactly as publishing would freeze it (HTML rendered, quiz with option keys), for the trainee-view preview. */
export function getDraftPreview(moduleId: number, readCaptions: ReadCaptions): DraftPreview {
  const db = getDb();
  const { draft } = readModuleDraft(db, moduleId, readCaptions);
  const ids = db.select({ id: lessons.id, key: lessons.key }).from(lessons).where(eq(lessons.moduleId, moduleId)).all();
  return { snapshot: buildSnapshot(draft), lessonIds: new Map(ids.map((row) => [row.key, row.id])) };
}
