import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { SECURITY_HEADERS } from './security-headers';

/**
 * The build's script and style files, served brotli-compressed.
 *
 * `next start` compresses with gzip only. For JavaScript, brotli at its best
 * quality sends about 15% fewer bytes, which on a trainee's first visit over a
 * slow link is some 20 kB of each page's 150 kB of script. These files never
 * change within a build (their names carry a content hash), so they are
 * compressed once, after `next build` (`precompressStaticAssets`), and served
 * from disk by the production server (`scripts/server.ts`); a browser that does
 * not accept brotli, or a file without a `.br` copy, is left to Next as before.
 */

const PUBLIC_PREFIX = '/_next/static/';

/** The file types worth compressing, with the Content-Type Next itself sends for them. */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
};

/** Smaller files gain too little to be worth a second copy. */
const MIN_BYTES = 1024;

/** Whether an Accept-Encoding header accepts brotli (`br`, with no `q=0`). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'br') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Writes a `.br` copy (brotli, best quality) next to every compressible file under `dir`; returns what it did. */
export function precompressStaticAssets(dir: string): { files: number; bytes: number; compressed: number } {
  const done = { files: 0, bytes: 0, compressed: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !(extname(entry.name) in CONTENT_TYPES)) continue;
    const path = join(entry.parentPath, entry.name);
    const source = readFileSync(path);
    if (source.length < MIN_BYTES) continue;
    const compressed = brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    writeFileSync(`${path}.br`, compressed);
    done.files += 1;
    done.bytes += source.length;
    done.compressed += compressed.length;
  }
  return done;
}

/**
 * A request handler for `/_next/static/…` files that have a `.br` copy in
 * `staticDir` (the build's `.next/static`). It answers and returns true, or
 * returns false without touching the response, for Next to answer.
 */
export function brotliStaticAssets(staticDir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const root = resolve(staticDir);
  // A build's files never change while the server runs: find the brotli copies once, at start-up.
  // (Remembering each path asked for instead would let anyone grow this map with made-up addresses.)
  const compressedSizes = new Map<string, number>();
  if (existsSync(root)) {
    for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.br')) continue;
      const copy = join(entry.parentPath, entry.name);
      compressedSizes.set(copy.slice(0, -'.br'.length), statSync(copy).size);
    }
  }

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const [pathname = ''] = (req.url ?? '').split('?');
    if (!pathname.startsWith(PUBLIC_PREFIX)) return false;
    const contentType = CONTENT_TYPES[extname(pathname)];
    if (!contentType || !acceptsBrotli(req.headers['accept-encoding'])) return false;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(PUBLIC_PREFIX.length));
    } catch {
      return false;
    }
    const path = resolve(root, relative);
    if (relative.includes('\0') || !path.startsWith(root + sep)) return false;
    const size = compressedSizes.get(path);
    if (size === undefined) return false;

    res.statusCode = 200;
    for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', size);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    createReadStream(`${path}.br`)
      .on('error', () => res.destroy())
      .pipe(res);
    return true;
  };
}
