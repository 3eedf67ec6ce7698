import 'server-only';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseByteRange } from '@/lib/domain/byte-range';
import { contentTypeOf } from '@/lib/media';

/**
 * A file from disk with its content type, honouring a byte range (video
 * seeking). Draft files are never cached (they change); published ones may be.
 */
export function fileResponse(request: Request, file: { path: string; size: number }, relative: string, cacheControl = 'private, no-store'): Response {
  const headers = new Headers({ 'Content-Type': contentTypeOf(relative), 'Accept-Ranges': 'bytes', 'Cache-Control': cacheControl });
  const range = parseByteRange(request.headers.get('range'), file.size);
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${file.size}` } });
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  headers.set('Content-Length', String(Math.max(0, end - start + 1)));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${file.size}`);
  if (file.size === 0) return new Response(null, { status: 200, headers });
  const stream = Readable.toWeb(createReadStream(file.path, { start, end })) as ReadableStream;
  return new Response(stream, { status: range ? 206 : 200, headers });
}
