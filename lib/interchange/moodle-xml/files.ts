import { checkUploadContent, defaultUploadLimits, extensionOf, safeFileName, sniffType, SNIFF_BYTES } from '@/lib/domain/upload-rules';
import type { ImportedImage, MoodleFile, MoodleQuestion, MoodleText } from './types';

/** Moodle's placeholder for "this question's own file area" inside text. */
export const PLUGINFILE = '@@PLUGINFILE@@';
const REFERENCE = /@@PLUGINFILE@@(\/[^"'\s<>()]*)/g;
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg']);

/** Every text field of a question, wherever its type keeps them. */
export function textsOf(value: unknown): MoodleText[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string' && typeof record.format === 'string' && Array.isArray(record.files)) return [value as MoodleText];
  return Object.values(record).flatMap(textsOf);
}

/** Moodle URL-encodes each path segment of a reference; a broken escape is taken as written. */
function decodeReference(reference: string): string {
  try {
    return decodeURIComponent(reference);
  } catch {
    return reference;
  }
}

function findFile(files: MoodleFile[], reference: string): MoodleFile | undefined {
  const wanted = decodeReference(reference);
  return files.find((file) => `${file.path.endsWith('/') ? file.path : `${file.path}/`}${file.name}` === wanted);
}

/**
 * The PNG and JPEG images a question's texts reference, decoded for the caller
 * to store, and a warning for each reference that cannot be honoured: a file
 * missing from the XML, one that is not an image type we accept (checked by
 * content, not only by name, as uploads are), or one larger than `maxBytes`
 * (the attachment upload limit unless given).
 */
export function collectImages(
  question: MoodleQuestion,
  index: number,
  maxBytes: number = defaultUploadLimits.attachment,
): { images: ImportedImage[]; warnings: string[] } {
  const images: ImportedImage[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const text of textsOf(question)) {
    for (const match of text.text.matchAll(REFERENCE)) {
      const reference = match[1] ?? '';
      if (seen.has(reference)) continue;
      seen.add(reference);
      const file = findFile(text.files, reference);
      const shown = decodeReference(reference).replace(/^\//, '');
      if (!file) {
        warnings.push(`the file "${shown}" is referenced but not included in the XML, so it will not show`);
        continue;
      }
      const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      const allowed =
        IMAGE_EXTENSIONS.has(extensionOf(file.name)) && checkUploadContent(file.name, bytes.subarray(0, SNIFF_BYTES)) === null;
      if (!allowed) {
        warnings.push(`the file "${shown}" is not a PNG or JPEG image, so it was not imported`);
        continue;
      }
      if (bytes.length > maxBytes) {
        const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
        const limit = mb >= 1 ? `${mb} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
        warnings.push(`the image "${shown}" is larger than ${limit}, so it was not imported`);
        continue;
      }
      const mime = sniffType(bytes.subarray(0, SNIFF_BYTES)) === 'png' ? 'image/png' : 'image/jpeg';
      images.push({ question: index, reference, name: safeFileName(file.name), bytes, mime });
    }
  }
  return { images, warnings };
}

/**
 * Replaces `@@PLUGINFILE@@/…` references in converted text with the URLs the
 * caller stored the images under (`urls` keyed by reference); references with
 * no URL are left as they are.
 */
export function resolvePluginFiles(text: string, urls: ReadonlyMap<string, string>): string {
  return text.replace(REFERENCE, (whole, reference: string) => urls.get(reference) ?? whole);
}
