import type { z } from 'zod';
import { AppError } from '@/lib/errors';

/*
 * Reading request bodies with a byte cap. A handler reads its body only after
 * authorising and checking the origin; then Content-Length is checked before
 * a byte is read, and the stream is counted as it arrives, so a chunked body
 * with no (or a false) length is cut off at the cap instead of filling memory.
 */

/** The JSON body most handlers accept: a few small fields. */
export const DEFAULT_JSON_LIMIT = 64 * 1024;

/** A byte count for a message: "64 KB", "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('too-large:body', `The request body is larger than the ${formatBytes(maxBytes)} limit.`);
}

/** The declared Content-Length: null when absent; 400 when it is not a plain number; 413 past `maxBytes`. */
export function checkContentLength(request: Request, maxBytes: number): number | null {
  const declared = request.headers.get('content-length');
  if (declared === null) return null;
  if (!/^\d{1,15}$/.test(declared.trim())) throw new AppError('invalid:content-length', 'The Content-Length header is not a number.');
  const length = Number(declared);
  if (length > maxBytes) throw tooLarge(maxBytes);
  return length;
}

/** The whole body as bytes, at most `maxBytes` of them (413 otherwise, without reading the rest). */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  checkContentLength(request, maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new AppError('invalid:body', 'The request body could not be read.');
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the upload here: the rest is never buffered.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text, at most `maxBytes` (400 for bytes that are not UTF-8). */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid:encoding', 'The request body is not valid UTF-8.');
  }
}

/** Turns a zod failure into a 400 AppError that names the first problem. */
export function invalidInput(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const first = issues[0];
  const where = first?.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return new AppError('invalid:input', `${where}${first?.message ?? 'invalid input'}`);
}

/** A JSON body: capped (413), parsed (400 for bad JSON) and, given a schema, validated (400 naming the first problem). */
export async function readJsonBody<S extends z.ZodType>(request: Request, options: { maxBytes?: number; schema: S }): Promise<z.output<S>> {
  const parsed = options.schema.safeParse(await readJsonValue(request, options.maxBytes));
  if (!parsed.success) throw invalidInput(parsed.error.issues);
  return parsed.data;
}

/** A JSON body as an unchecked value (capped, 400 for bad JSON); validate it before use. */
export async function readJsonValue(request: Request, maxBytes = DEFAULT_JSON_LIMIT): Promise<unknown> {
  const text = await readTextBody(request, maxBytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid:json', 'The request body is not valid JSON.');
  }
}

const formTypes = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/** A multipart or URL-encoded form body of at most `maxBytes` (415 for another type, 400 for a malformed form). */
export async function readFormBody(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!formTypes.test(type)) throw new AppError('unsupported:content-type', 'Send the form as multipart/form-data.');
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    // Parsed from the capped bytes, never from the live stream.
    return await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new AppError('invalid:form', 'The form data is malformed.');
  }
}
