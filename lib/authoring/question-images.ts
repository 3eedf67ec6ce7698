import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GiftQuestion } from '@/lib/domain/gift';
import { questionImageNamePattern, questionImageUrl } from '@/lib/domain/question-images';
import { safeFileName } from '@/lib/domain/upload-rules';
import { withStoredImages } from '@/lib/interchange/moodle-xml';
import type { ImportedImage } from '@/lib/interchange/moodle-xml/types';
import { env } from '@/lib/env';

const folder = () => resolve(env().UPLOADS_DIR, 'question-images');

/** The stored name for an image: 16 hex digits of its bytes' SHA-256, then its safe original name. */
function questionImageName(originalName: string, bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${safeFileName(originalName)}`;
}

/**
 * Stores an embedded question image (already checked by type and size) and
 * returns the URL question text refers to it by. The name comes from the
 * bytes, so storing the same image twice writes it once.
 */
export function storeQuestionImage(image: { name: string; bytes: Uint8Array }): string {
  const name = questionImageName(image.name, image.bytes);
  const path = resolve(folder(), name);
  if (!existsSync(path)) {
    mkdirSync(folder(), { recursive: true });
    writeFileSync(path, image.bytes);
  }
  return questionImageUrl(name);
}

/**
 * Stores the images of a Moodle XML bank import (`images[i].question` indexes
 * `questions`) and returns the questions with their texts pointing at them.
 */
export function storeBankImages(questions: readonly GiftQuestion[], images: readonly ImportedImage[]): GiftQuestion[] {
  const urls = questions.map(() => new Map<string, string>());
  for (const image of images) urls[image.question]?.set(image.reference, storeQuestionImage(image));
  return questions.map((question, index) => withStoredImages(question, urls[index] ?? new Map()));
}

/** A stored question image on disk, or null when the name is not one we make or the file is gone. */
export function findQuestionImage(name: string): { path: string; size: number } | null {
  if (!questionImageNamePattern.test(name)) return null;
  const path = resolve(folder(), name);
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? { path, size: stats.size } : null;
}

/** A stored question image's bytes (for export), or null. */
export function readQuestionImage(name: string): Uint8Array | null {
  const file = findQuestionImage(name);
  return file ? new Uint8Array(readFileSync(file.path)) : null;
}
