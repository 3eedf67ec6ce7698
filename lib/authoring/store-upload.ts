import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { checkUploadContent, SNIFF_BYTES, storedPath, tooLarge, type UploadKind, type UploadRefusal } from '@/lib/domain/upload-rules';
import { env } from '@/lib/env';

export interface StoredUpload {
  /** Relative to the module folder, as lessons name it. */
  path: string;
  size: number;
}

interface Target {
  moduleSlug: string;
  lessonKey: string;
  kind: UploadKind;
  fileName: string;
  maxBytes: number;
}

/** Reads from `reader` until at least `bytes` bytes (or the end) are in hand. */
async function readHead(reader: ReadableStreamDefaultReader<Uint8Array>, bytes: number): Promise<{ head: Uint8Array; done: boolean }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < bytes) {
    const { value, done } = await reader.read();
    if (done) return { head: Buffer.concat(chunks), done: true };
    chunks.push(value);
    length += value.length;
  }
  return { head: Buffer.concat(chunks), done: false };
}

/**
 * Streams an upload to UPLOADS_DIR/modules/<slug>/(lectures|files)/…: the
 * first bytes are checked against the extension before anything is written,
 * the rest is written chunk by chunk (never held whole in memory) and counted,
 * and the file only gets its final name once complete. Any refusal leaves
 * nothing behind.
 */
export async function storeUpload(body: ReadableStream<Uint8Array>, target: Target): Promise<StoredUpload | UploadRefusal> {
  const root = resolve(env().UPLOADS_DIR, 'modules', target.moduleSlug);
  const relative = storedPath(target.kind, target.lessonKey, target.fileName, randomBytes(4).toString('hex'));
  return streamToFile(body, { root, relative, fileName: target.fileName, maxBytes: target.maxBytes });
}

/**
 * Streams a checked upload to `root/relative` (see {@link storeUpload}): the
 * same checks and the same all-or-nothing write, for any folder under the
 * uploads directory (trainees' assignment files live outside the modules).
 */
export async function streamToFile(
  body: ReadableStream<Uint8Array>,
  target: { root: string; relative: string; fileName: string; maxBytes: number },
): Promise<StoredUpload | UploadRefusal> {
  const reader = body.getReader();
  const first = await readHead(reader, SNIFF_BYTES);
  const refusal = checkUploadContent(target.fileName, first.head.subarray(0, SNIFF_BYTES));
  if (refusal || first.head.length > target.maxBytes) {
    await reader.cancel();
    return refusal ?? tooLarge(target.fileName, target.maxBytes);
  }
  const { root, relative } = target;
  const finalPath = resolve(root, relative);
  if (!finalPath.startsWith(root + sep)) throw new Error(`upload path escapes its folder: ${relative}`);
  const partPath = `${finalPath}.part`;
  await mkdir(dirname(finalPath), { recursive: true });
  const file = await open(partPath, 'wx');
  let size = 0;
  try {
    let chunk = first.head;
    for (;;) {
      size += chunk.length;
      if (size > target.maxBytes) {
        await reader.cancel();
        await file.close();
        await rm(partPath, { force: true });
        return tooLarge(target.fileName, target.maxBytes);
      }
      for (let offset = 0; offset < chunk.length;) offset += (await file.write(chunk, offset)).bytesWritten;
      if (first.done) break;
      const next = await reader.read();
      if (next.done) break;
      chunk = next.value;
    }
    await file.close();
    await rename(partPath, finalPath);
    return { path: relative, size };
  } catch (error) {
    await file.close().catch((closeError: unknown) => console.warn('Could not close a refused upload', closeError));
    await rm(partPath, { force: true });
    throw error;
  }
}

/** Deletes an upload that was stored but then refused (captions that do not parse). */
export async function discardUpload(moduleSlug: string, relative: string): Promise<void> {
  const root = resolve(env().UPLOADS_DIR, 'modules', moduleSlug);
  const path = resolve(root, relative);
  if (path.startsWith(root + sep)) await rm(path, { force: true });
}
