/**
 * What "Save for offline" downloads for a module: its published pages
 * (My learning, the module, each lesson, the quiz page) and each lesson's
 * captions and attachments. Lecture videos are left out: they are too large
 * for the links this is for, and each lesson page carries the transcript.
 */

/**
 * Roughly what a page weighs besides the lesson text (header, navigation,
 * markup and the inlined React payload): 86-102 KB measured on the
 * production build. Scripts and styles not yet on the device come on top,
 * once for all modules.
 */
export const PAGE_SHELL_BYTES = 88_000;

/** One thing to download; `bytes` is an estimate for pages and exact for files. */
export interface OfflineItem {
  url: string;
  bytes: number;
}

/** The lesson facts the package needs. */
export interface OfflineLessonInput {
  key: string;
  htmlBytes: number;
  captions: { path: string; bytes: number } | null;
  attachments: { path: string; bytes: number }[];
}

/** A module's offline package, for the version a trainee would save. */
export interface OfflinePackage {
  slug: string;
  versionId: number;
  version: number;
  items: OfflineItem[];
  bytes: number;
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Lists the package's items in reading order, with the total estimated size. */
export function offlinePackage(input: { slug: string; versionId: number; version: number; hasQuiz: boolean; lessons: OfflineLessonInput[] }): OfflinePackage {
  const { slug, versionId } = input;
  const items: OfflineItem[] = [
    { url: '/learn', bytes: PAGE_SHELL_BYTES },
    { url: `/modules/${slug}`, bytes: PAGE_SHELL_BYTES },
  ];
  for (const lesson of input.lessons) {
    // The transcript is rendered into the page, so the captions count twice: in the page and as the track file.
    items.push({ url: `/modules/${slug}/lessons/${lesson.key}`, bytes: PAGE_SHELL_BYTES + lesson.htmlBytes + (lesson.captions?.bytes ?? 0) });
    const media = `/api/media/${versionId}/${lesson.key}`;
    if (lesson.captions) items.push({ url: `${media}/${encodePath(lesson.captions.path)}`, bytes: lesson.captions.bytes });
    for (const file of lesson.attachments) items.push({ url: `${media}/${encodePath(file.path)}`, bytes: file.bytes });
  }
  if (input.hasQuiz) items.push({ url: `/modules/${slug}/quiz`, bytes: PAGE_SHELL_BYTES });
  return { slug, versionId, version: input.version, items, bytes: items.reduce((sum, item) => sum + item.bytes, 0) };
}
