import 'server-only';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { streamToFile } from '@/lib/authoring/store-upload';
import { safeFileName, type UploadRefusal } from '@/lib/domain/upload-rules';
import { env } from '@/lib/env';
import { contentTypeOf } from '@/lib/media';
import type { SubmissionFile } from '@/db/schema';

/**
 * Trainees' assignment files live under UPLOADS_DIR/submissions/<user>/, away
 * from module files (which are served to every enrolled trainee and cleaned
 * when no lesson names them). A stored path is relative to that folder.
 */
function root(): string {
  return resolve(env().UPLOADS_DIR, 'submissions');
}

/** Streams one uploaded file to the trainee's folder, with the lesson upload checks (name, type by content, size). */
export async function storeSubmissionFile(
  body: ReadableStream<Uint8Array>,
  input: { userId: number; moduleSlug: string; assignmentKey: string; fileName: string; maxBytes: number },
): Promise<SubmissionFile | UploadRefusal> {
  const relative = `${input.userId}/${input.moduleSlug}-${input.assignmentKey}-${randomBytes(4).toString('hex')}-${safeFileName(input.fileName)}`;
  const stored = await streamToFile(body, { root: root(), relative, fileName: input.fileName, maxBytes: input.maxBytes });
  if ('code' in stored) return stored;
  return { name: input.fileName, path: stored.path, size: stored.size, mimeType: contentTypeOf(stored.path) };
}

/** The absolute path of a stored submission file, or null when the path would leave the folder. */
export function submissionFilePath(relative: string): string | null {
  const base = root();
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}

/** Deletes a stored file the command refused to attach. */
export async function discardSubmissionFile(relative: string): Promise<void> {
  const path = submissionFilePath(relative);
  if (path) await rm(path, { force: true });
}
