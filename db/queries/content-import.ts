import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { join } from 'node:path';
import { canonicalJson } from '@/lib/content/canonical-json';
import { isFile, readText } from '@/lib/content/files';
import type { ContentModule, ContentTree } from '@/lib/content/types';
import { AppError } from '@/lib/errors';
import type { ProgrammeFile } from '@/lib/validation/content';
import { programmeModules, programmes } from '../schema';
import { syncModuleDraft } from './import-module';
import type { ReadCaptions, SyncDatabase } from './module-draft';
import { publishVersion } from './publish';

export interface ImportOptions {
  /** The content folder the tree was loaded from; lecture paths are relative to its module folders. */
  contentDir: string;
  actorId: number | null;
  now: Date;
}

export interface ModuleImportSummary {
  slug: string;
  status: 'created' | 'updated' | 'unchanged';
  /** The published version after the import. */
  version: number;
}

export const IMPORT_CHANGELOG = 'Imported from content/';

/** Captions as already read and validated with the tree, falling back to the file. */
function captionsReader(mod: ContentModule, contentDir: string): ReadCaptions {
  const loaded = new Map(mod.lessons.flatMap((lesson) => (lesson.lecture ? [[lesson.lecture.captions, lesson.lecture.captionsVtt]] : [])));
  return (lecture) => {
    const known = loaded.get(lecture.captions);
    if (known !== undefined) return known;
    const path = join(contentDir, 'modules', mod.meta.slug, lecture.captions);
    return isFile(path) ? readText(path) : null;
  };
}

/** Upserts a programme by slug and replaces its module list when the list or order changed. */
function syncProgramme(tx: SyncDatabase, programme: ProgrammeFile, moduleIds: ReadonlyMap<string, number>): void {
  const fields = { title: programme.title, summary: programme.summary };
  const existing = tx.select().from(programmes).where(eq(programmes.slug, programme.slug)).get();
  const programmeId =
    existing?.id ??
    tx
      .insert(programmes)
      .values({ slug: programme.slug, ...fields })
      .returning({ id: programmes.id })
      .get().id;
  if (existing && (existing.title !== fields.title || existing.summary !== fields.summary)) {
    tx.update(programmes).set(fields).where(eq(programmes.id, programmeId)).run();
  }
  // Every module a programme lists is required for its completion (content/README.md).
  const wanted = programme.modules.map((slug, position) => {
    const moduleId = moduleIds.get(slug);
    if (moduleId === undefined) {
      throw new AppError('invalid:content', `Programme ${programme.slug} lists module ${slug}, which is not in the content tree.`);
    }
    return { programmeId, moduleId, position, required: true };
  });
  const current = tx
    .select({
      programmeId: programmeModules.programmeId,
      moduleId: programmeModules.moduleId,
      position: programmeModules.position,
      required: programmeModules.required,
    })
    .from(programmeModules)
    .where(eq(programmeModules.programmeId, programmeId))
    .orderBy(asc(programmeModules.position))
    .all();
  if (canonicalJson(current) === canonicalJson(wanted)) return;
  // Only what changed is written: each module added, removed or made (not) required makes the
  // database recompute every cohort trainee's totals in the programme (migration 0016's triggers),
  // while a new position alone costs nothing.
  const keep = new Map(wanted.map((row) => [row.moduleId, row]));
  for (const row of current) {
    const want = keep.get(row.moduleId);
    const where = and(eq(programmeModules.programmeId, programmeId), eq(programmeModules.moduleId, row.moduleId));
    if (!want) tx.delete(programmeModules).where(where).run();
    else if (want.position !== row.position || want.required !== row.required) {
      tx.update(programmeModules).set({ position: want.position, required: want.required }).where(where).run();
    }
  }
  const listed = new Set(current.map((row) => row.moduleId));
  const added = wanted.filter((row) => !listed.has(row.moduleId));
  if (added.length > 0) tx.insert(programmeModules).values(added).run();
}

/**
 * Writes a validated content tree inside the caller's transaction:
 * programmes and modules upserted by slug, draft lessons and quizzes synced,
 * then each module's version published. Unchanged content writes nothing and
 * publishes no new version; learners' progress and attempts are never
 * touched (they key on module id + lesson key, and on version ids). Returns
 * the ids of the modules that got a new version, for the caller's follow-ups.
 */
export function writeContentTree(tx: SyncDatabase, tree: ContentTree, options: ImportOptions): { summaries: ModuleImportSummary[]; publishedModuleIds: number[] } {
  const moduleIds = new Map<string, number>();
  const publishedModuleIds: number[] = [];
  const summaries = tree.modules.map((mod): ModuleImportSummary => {
    const synced = syncModuleDraft(tx, mod, options.actorId, options.now);
    moduleIds.set(mod.meta.slug, synced.moduleId);
    const published = publishVersion(tx, {
      moduleId: synced.moduleId,
      actorId: options.actorId,
      changelog: IMPORT_CHANGELOG,
      now: options.now,
      readCaptions: captionsReader(mod, options.contentDir),
    });
    if (published.changed) publishedModuleIds.push(synced.moduleId);
    const status = synced.created ? 'created' : synced.draftChanged || published.changed ? 'updated' : 'unchanged';
    return { slug: mod.meta.slug, status, version: published.version };
  });
  for (const programme of tree.programmes) syncProgramme(tx, programme, moduleIds);
  return { summaries, publishedModuleIds };
}
