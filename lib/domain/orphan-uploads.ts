/**
 * Which uploaded files nobody needs any more. An instructor's upload is
 * stored at once but becomes part of a lesson only when the editor saves it,
 * so a file no draft lesson and no published version names is either waiting
 * for that save or abandoned. A day is far longer than any editing session,
 * so after it the file is abandoned.
 */

/** How old an unreferenced upload must be before it is removed. */
export const ORPHAN_MIN_AGE_MS = 24 * 60 * 60 * 1000;

/** A file under UPLOADS_DIR/modules/<moduleSlug>/, `path` relative to that folder with `/` separators. */
export interface StoredUpload {
  moduleSlug: string;
  path: string;
  modifiedAt: Date;
}

/** What a lesson (draft or published) refers to: its lecture's video and captions, and its attachments. */
export interface LessonFiles {
  moduleSlug: string;
  lecture: { video: string; captions: string } | null;
  attachments: readonly { path: string }[];
}

/** One key for a module file, as stored and as referenced. */
export function uploadKey(moduleSlug: string, path: string): string {
  return `${moduleSlug}/${path}`;
}

/** The keys of every file the given lessons refer to. */
export function referencedUploads(lessons: Iterable<LessonFiles>): Set<string> {
  const keys = new Set<string>();
  for (const lesson of lessons) {
    if (lesson.lecture) {
      keys.add(uploadKey(lesson.moduleSlug, lesson.lecture.video));
      keys.add(uploadKey(lesson.moduleSlug, lesson.lecture.captions));
    }
    for (const attachment of lesson.attachments) keys.add(uploadKey(lesson.moduleSlug, attachment.path));
  }
  return keys;
}

/**
 * The keys of every trainee file that some version of an assignment
 * submission (draft or submitted) holds: its stored path, `<user>/<name>`
 * under UPLOADS_DIR/submissions/, which is `uploadKey(<user>, <name>)`. A
 * file removed from a draft, or left by a refused attach, is held by none.
 */
export function referencedSubmissionFiles(versions: Iterable<{ files: readonly { path: string }[] }>): Set<string> {
  const keys = new Set<string>();
  for (const version of versions) for (const file of version.files) keys.add(file.path);
  return keys;
}

/** The uploads no lesson refers to that were last written at least ORPHAN_MIN_AGE_MS before `now`. */
export function orphanedUploads(files: readonly StoredUpload[], referenced: ReadonlySet<string>, now: Date): StoredUpload[] {
  const cutoff = now.getTime() - ORPHAN_MIN_AGE_MS;
  return files.filter((file) => file.modifiedAt.getTime() <= cutoff && !referenced.has(uploadKey(file.moduleSlug, file.path)));
}
