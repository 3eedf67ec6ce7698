/**
 * Embedded images between Moodle XML and bank questions. On import, the
 * caller stores each image a question references and gets a URL; the
 * question's texts then point at that URL instead of `@@PLUGINFILE@@`. On
 * export, every stored-image URL in a text becomes `@@PLUGINFILE@@/<name>`
 * again, with the image written into the text as a `<file>` element.
 */
import type { GiftQuestion } from '@/lib/domain/gift';
import { questionImagesIn, replaceQuestionImageUrls } from '@/lib/domain/question-images';
import { PLUGINFILE, resolvePluginFiles } from './files';
import type { MoodleFile, MoodleQuestion, MoodleText } from './types';

/** A bank question's texts with `@@PLUGINFILE@@/…` references replaced by the stored images' URLs (keyed by reference). */
export function withStoredImages(question: GiftQuestion, urls: ReadonlyMap<string, string>): GiftQuestion {
  if (urls.size === 0) return question;
  const resolve = (text: string) => resolvePluginFiles(text, urls);
  return {
    ...question,
    prompt: resolve(question.prompt),
    explanation: resolve(question.explanation),
    options: question.options.map((option) => ({ ...option, text: resolve(option.text), feedback: resolve(option.feedback) })),
  };
}

/** The name an image is written under in Moodle's file area: its original name (after the hash), unless another image of the text has it. */
function fileNames(names: string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const original = name.slice(name.indexOf('-') + 1);
    const written = taken.has(original) ? name : original;
    taken.add(written);
    chosen.set(name, written);
  }
  return chosen;
}

function embedInText(text: MoodleText, readImage: (name: string) => Uint8Array | null): MoodleText {
  const found = questionImagesIn(text.text).flatMap((name) => {
    const bytes = readImage(name);
    return bytes ? [{ name, bytes }] : [];
  });
  if (found.length === 0) return text;
  const written = fileNames(found.map((image) => image.name));
  const files: MoodleFile[] = found.map(({ name, bytes }) => ({ name: written.get(name) ?? name, path: '/', base64: Buffer.from(bytes).toString('base64') }));
  const replaced = replaceQuestionImageUrls(text.text, (name) => {
    const file = written.get(name);
    // An image that could not be read keeps its URL: the text says where it was.
    return file ? `${PLUGINFILE}/${encodeURIComponent(file)}` : `/api/question-images/${name}`;
  });
  return { ...text, text: replaced, files: [...text.files, ...files] };
}

function isText(value: unknown): value is MoodleText {
  const record = value as Record<string, unknown>;
  return typeof record.text === 'string' && typeof record.format === 'string' && Array.isArray(record.files);
}

/** Every text of a value (a question, its answers, feedback …) passed through `map`, the rest unchanged. */
function mapTexts<T>(value: T, map: (text: MoodleText) => MoodleText): T {
  if (Array.isArray(value)) return value.map((item: unknown) => mapTexts(item, map)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return map(value) as T;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapTexts(child, map)])) as T;
}

/** A Moodle question with each stored image its texts show written back as a `<file>` of that text. */
export function embedStoredImages(question: MoodleQuestion, readImage: (name: string) => Uint8Array | null): MoodleQuestion {
  return mapTexts(question, (text) => embedInText(text, readImage));
}
