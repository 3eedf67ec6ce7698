import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { AppDatabase } from '@/db';
import { lessonFileReferences, submissionFileReferences } from '@/db/queries/upload-references';
import { orphanedUploads, referencedSubmissionFiles, referencedUploads, type StoredUpload } from '@/lib/domain/orphan-uploads';

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

/**
 * The files under `root`, each split at its first folder and dated: under
 * modules/ the module slug and the module-relative path; under submissions/
 * the trainee's folder and the file name.
 */
async function storedUploads(root: string): Promise<(StoredUpload & { fullPath: string })[]> {
  const files = await filesUnder(root);
  return Promise.all(
    files.map(async (fullPath) => {
      const [moduleSlug = '', ...rest] = relative(root, fullPath).split(sep);
      return { moduleSlug, path: rest.join('/'), modifiedAt: (await stat(fullPath)).mtime, fullPath };
    }),
  );
}

/**
 * Removes uploads no draft lesson or published version refers to, and
 * trainees' assignment files no submission version holds (removed from a
 * draft, or left by a refused attach), once they are a day old
 * (lib/domain/orphan-uploads.ts decides). Returns the removed (or, with
 * `dryRun`, the removable) files: module-slug/path for lesson files,
 * submissions/user/name for trainees' files.
 */
export async function cleanOrphanedUploads(options: {
  db: AppDatabase;
  uploadsDir: string;
  now: Date;
  dryRun?: boolean;
}): Promise<string[]> {
  // Files first, references second: a file saved into a lesson or a draft in between is then seen as referenced.
  const stored = await storedUploads(resolve(options.uploadsDir, 'modules'));
  const submitted = await storedUploads(resolve(options.uploadsDir, 'submissions'));
  const orphans = [
    ...orphanedUploads(stored, referencedUploads(lessonFileReferences(options.db)), options.now),
    ...orphanedUploads(submitted, referencedSubmissionFiles(submissionFileReferences(options.db)), options.now).map((file) => ({
      ...file,
      moduleSlug: `submissions/${file.moduleSlug}`,
    })),
  ] as (StoredUpload & { fullPath: string })[];
  if (!options.dryRun) await Promise.all(orphans.map((file) => rm(file.fullPath, { force: true })));
  return orphans.map((file) => `${file.moduleSlug}/${file.path}`);
}
