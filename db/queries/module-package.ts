import 'server-only';
import { eq } from 'drizzle-orm';
import type { PackageModule } from '@/lib/content/module-package';
import type { ContentModule } from '@/lib/content/types';
import { getDb, type AppDatabase } from '../index';
import { moduleCollaborators, modules } from '../schema';
import { syncModuleDraft } from './import-module';
import { readModuleDraft, type ReadCaptions, type SyncDatabase } from './module-draft';

/** A module's current draft as a package's content, or null when there is no such module. */
export function readModulePackage(moduleId: number, readCaptions: ReadCaptions, db: AppDatabase = getDb()): PackageModule | null {
  const mod = db.select({ slug: modules.slug, selfEnrol: modules.selfEnrol }).from(modules).where(eq(modules.id, moduleId)).get();
  if (!mod) return null;
  const { draft } = readModuleDraft(db, moduleId, readCaptions);
  return { ...mod, ...draft };
}

/** Who may change the module with this slug, or null when no module has it. */
export function findModuleOwnership(slug: string, db: AppDatabase = getDb()) {
  const mod = db.select({ id: modules.id, ownerId: modules.ownerId }).from(modules).where(eq(modules.slug, slug)).get();
  if (!mod) return null;
  const rows = db
    .select({ userId: moduleCollaborators.userId })
    .from(moduleCollaborators)
    .where(eq(moduleCollaborators.moduleId, mod.id))
    .all();
  return { ...mod, collaboratorIds: rows.map((row) => row.userId) };
}

export interface PackageImportSummary {
  moduleId: number;
  slug: string;
  status: 'created' | 'updated' | 'unchanged';
}

/**
 * Writes a validated module package into the module's DRAFT inside the
 * caller's transaction: upserted by slug, a new module owned by `actorId`. It
 * never publishes: an upload (which another site could even trigger with a
 * forged form) must not reach trainees until the author reviews and
 * publishes it on the publish page. The caller checks that the actor may
 * change an existing module with this slug.
 */
export function writeModulePackage(tx: SyncDatabase, mod: ContentModule, options: { actorId: number; now: Date }): PackageImportSummary {
  const synced = syncModuleDraft(tx, mod, options.actorId, options.now);
  const status = synced.created ? 'created' : synced.draftChanged ? 'updated' : 'unchanged';
  return { moduleId: synced.moduleId, slug: mod.meta.slug, status };
}
