import 'server-only';
import type { AppDatabase } from '@/db/index';
import { writeContentTree, type ImportOptions, type ModuleImportSummary } from '@/db/queries/content-import';
import type { ContentTree } from '@/lib/content/types';
import { afterPublish } from './publish-module';

/**
 * Command: loads a validated content tree into the database in ONE
 * synchronous transaction (programmes and modules upserted by slug, drafts
 * synced, each module published), with the publishing follow-ups of every
 * module that got a new version. Takes the database handle so the import
 * script and tests run it on a file of their own.
 */
export function importContent(db: AppDatabase, tree: ContentTree, options: ImportOptions): ModuleImportSummary[] {
  return db.transaction((tx) => {
    const { summaries, publishedModuleIds } = writeContentTree(tx, tree, options);
    for (const moduleId of publishedModuleIds) afterPublish(tx, moduleId, options.now);
    return summaries;
  });
}
