import 'server-only';
import type { Attachment, Lecture } from '@/db/schema';
import { extensionOf, extensionsByKind, isModuleFilePath } from '@/lib/domain/upload-rules';
import type { FieldErrors } from '@/lib/actions/action-state';
import type { LessonInput } from '@/lib/validation/authoring';
import { contentTypeOf, findModuleFile } from '@/lib/media';

type Resolved = { ok: true; lecture: Lecture | null; attachments: Attachment[] } | { ok: false; errors: FieldErrors };

/** A path the module folder really holds, with the extension its kind needs; else the catalog key of the problem. */
function checkPath(moduleSlug: string, path: string, allowed: readonly string[]): { size: number } | string {
  if (!isModuleFilePath(path) || !allowed.includes(extensionOf(path))) return 'file-invalid';
  const file = findModuleFile(moduleSlug, path);
  return file ? { size: file.size } : 'file-missing';
}

/**
 * Checks the files a lesson save names against the module's folders: every
 * path must be one of the module's own uploads (or content files), of the
 * right kind, and still on disk. Sizes and content types are read from the
 * files, never taken from the browser. An all-empty lecture means "none".
 */
export function resolveLessonFiles(moduleSlug: string, input: Pick<LessonInput, 'lecture' | 'attachments'>): Resolved {
  const errors: FieldErrors = {};
  let lecture: Lecture | null = null;
  const given = input.lecture;
  if (given && (given.title || given.video || given.captions)) {
    if (!given.title) errors['lecture.title'] = { key: 'lecture-title-required' };
    if (!given.video) errors['lecture.video'] = { key: 'lecture-video-required' };
    else {
      const video = checkPath(moduleSlug, given.video, extensionsByKind.video);
      if (typeof video === 'string') errors['lecture.video'] = { key: video, values: { name: given.video } };
    }
    if (!given.captions) errors['lecture.captions'] = { key: 'lecture-captions-required' };
    else {
      const captions = checkPath(moduleSlug, given.captions, extensionsByKind.captions);
      if (typeof captions === 'string') errors['lecture.captions'] = { key: captions, values: { name: given.captions } };
    }
    lecture = { title: given.title, video: given.video, captions: given.captions };
  }
  const attachments: Attachment[] = [];
  input.attachments.forEach((attachment, index) => {
    const checked = checkPath(moduleSlug, attachment.path, extensionsByKind.attachment);
    if (typeof checked === 'string') errors[`attachments.${index}.path`] = { key: checked, values: { name: attachment.title } };
    else attachments.push({ title: attachment.title, path: attachment.path, size: checked.size, mimeType: contentTypeOf(attachment.path) });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lecture, attachments };
}
