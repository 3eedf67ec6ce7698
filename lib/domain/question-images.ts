/**
 * Images embedded in questions (Moodle XML's `@@PLUGINFILE@@` files), stored
 * once per content under UPLOADS_DIR/question-images/ and referenced from
 * question text by URL. The stored name starts with a hash of the bytes, so
 * importing the same file again gives the same URL and the same question text
 * (a re-import still adds nothing), and a stored file never changes.
 */

/** Where question images are served from. */
export const QUESTION_IMAGE_PREFIX = '/api/question-images/';

/** A stored image's name: 16 hex digits of its hash, a dash, then a safe PNG or JPEG file name. */
export const questionImageNamePattern = /^[a-f0-9]{16}-[A-Za-z0-9_-]+\.(?:png|jpe?g)$/;

const URL_IN_TEXT = /\/api\/question-images\/([a-f0-9]{16}-[A-Za-z0-9_-]+\.(?:png|jpe?g))/g;

/** The URL question text uses for a stored image. */
export function questionImageUrl(name: string): string {
  return `${QUESTION_IMAGE_PREFIX}${name}`;
}

/** The stored image names a text refers to, in order of first mention. */
export function questionImagesIn(text: string): string[] {
  return [...new Set([...text.matchAll(URL_IN_TEXT)].map((match) => match[1] ?? ''))];
}

/** A piece of question text: words, or a stored image (Markdown `![alt](url)` with one of our URLs). */
export type QuestionTextPart = { text: string } | { image: { src: string; alt: string } };

const IMAGE_IN_MARKDOWN = /!\[((?:\\.|[^\]\\])*)\]\((\/api\/question-images\/[a-f0-9]{16}-[A-Za-z0-9_-]+\.(?:png|jpe?g))\)/g;

/**
 * Splits question text into words and stored images, so a page can show the
 * images a Moodle import brought in. Only our own image URLs become images;
 * any other Markdown stays text, as question text is shown as typed.
 */
export function splitQuestionImages(text: string): QuestionTextPart[] {
  const parts: QuestionTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(IMAGE_IN_MARKDOWN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ image: { src: match[2] ?? '', alt: (match[1] ?? '').replace(/\\(.)/g, '$1') } });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Replaces every stored-image URL in a text with `replace(name)`. */
export function replaceQuestionImageUrls(text: string, replace: (name: string) => string): string {
  return text.replace(URL_IN_TEXT, (_whole, name: string) => replace(name));
}
