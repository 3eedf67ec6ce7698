import 'server-only';
import { readFileSync } from 'node:fs';
import type { ReadCaptions } from '@/db/queries/module-draft';
import { defaultUploadLimits, type UploadLimits } from '@/lib/domain/upload-rules';
import { env } from '@/lib/env';
import { findModuleFile } from '@/lib/media';

/** Upload limits in bytes: the video limit from MAX_VIDEO_UPLOAD_MB, the others fixed. */
export function uploadLimits(): UploadLimits {
  return { ...defaultUploadLimits, video: env().MAX_VIDEO_UPLOAD_MB * 1024 * 1024 };
}

/**
 * Reads a lecture's captions for publishing or preview: from content/ for
 * imported modules, from the uploads folder for files added in the browser.
 * Null when the file is missing.
 */
export function moduleCaptionsReader(moduleSlug: string): ReadCaptions {
  return (lecture) => {
    const file = lecture.captions ? findModuleFile(moduleSlug, lecture.captions) : null;
    return file ? readFileSync(file.path, 'utf8') : null;
  };
}
