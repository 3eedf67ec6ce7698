import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { AppDatabase } from '@/db';
import { lessonFileReferences } from '@/db/queries/upload-references';
import { orphanedUploads, referencedUploads, type StoredUpload } from '@/lib/domain/orphan-uploads';

/** Every file under `root`, recursively (an absent folder has none). */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(root, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

/** The files under UPLOADS_DIR/modules/<slug>/, each with its module slug, module-relative path and time. */
async function storedUploads(uploadsDir: string): Promise<(StoredUpload & { fullPath: string })[]> {
  const modulesRoot = resolve(uploadsDir, 'modules');
  const files = await filesUnder(modulesRoot);
  return Promise.all(
    files.map(async (fullPath) => {
      const [moduleSlug = '', ...rest] = relative(modulesRoot, fullPath).split(sep);
      return { moduleSlug, path: rest.join('/'), modifiedAt: (await stat(fullPath)).mtime, fullPath };
    }),
  );
}

/**
 * Removes uploads no draft lesson or published version refers to, once they
 * are a day old (lib/domain/orphan-uploads.ts decides). Returns the removed
 * (or, with `dryRun`, the removable) files as module-slug/path.
 */
export async function cleanOrphanedUploads(options: {
  db: AppDatabase;
  uploadsDir: string;
  now: Date;
  dryRun?: boolean;
}): Promise<string[]> {
  // Files first, references second: a file saved into a lesson in between is then seen as referenced.
  const stored = await storedUploads(options.uploadsDir);
  const referenced = referencedUploads(lessonFileReferences(options.db));
  const orphans = orphanedUploads(stored, referenced, options.now) as (StoredUpload & { fullPath: string })[];
  if (!options.dryRun) await Promise.all(orphans.map((file) => rm(file.fullPath, { force: true })));
  return orphans.map((file) => `${file.moduleSlug}/${file.path}`);
}
