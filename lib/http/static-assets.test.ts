import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsBrotli, brotliStaticAssets, precompressStaticAssets } from './static-assets';

describe('acceptsBrotli', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br', true],
    ['BR;q=0.5', true],
    ['gzip', false],
    ['br;q=0', false],
    ['gzip, br; q=0.0', false],
    ['brotli', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe('precompressed static files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-assets-'));
  const staticDir = join(dir, 'static');
  const script = `export const lesson = ${JSON.stringify('A trusted digital identity opens every other e-service. '.repeat(200))};\n`;
  let server: Server;
  let port: number;
  let summary: ReturnType<typeof precompressStaticAssets>;

  beforeAll(async () => {
    mkdirSync(join(staticDir, 'chunks'), { recursive: true });
    mkdirSync(join(staticDir, 'media'), { recursive: true });
    writeFileSync(join(staticDir, 'chunks', 'app.js'), script);
    writeFileSync(join(staticDir, 'chunks', 'tiny.js'), 'export {};\n');
    writeFileSync(join(staticDir, 'chunks', 'app.css'), `.lesson{color:#123}\n`.repeat(100));
    writeFileSync(join(staticDir, 'media', 'font.woff2'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'secret.js'), 'the database password'.repeat(100));
    writeFileSync(join(dir, 'secret.js.br'), 'not for the public');
    summary = precompressStaticAssets(staticDir);
    const serve = brotliStaticAssets(staticDir);
    server = createServer((req, res) => {
      if (serve(req, res)) return;
      res.statusCode = 299; // "left to Next"
      res.end('next');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function get(path: string, acceptEncoding?: string, method = 'GET') {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('writes a brotli copy of each script and style file of 1 kB or more, and of nothing else', () => {
    expect(summary.files).toBe(2);
    expect(existsSync(join(staticDir, 'chunks', 'app.js.br'))).toBe(true);
    expect(existsSync(join(staticDir, 'chunks', 'app.css.br'))).toBe(true);
    expect(existsSync(join(staticDir, 'chunks', 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(staticDir, 'media', 'font.woff2.br'))).toBe(false);
    expect(summary.compressed).toBeLessThan(summary.bytes / 10);
  });

  it('sends the brotli copy to a browser that accepts it, with the long-lived cache and security headers', async () => {
    const res = await get('/_next/static/chunks/app.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get('/_next/static/chunks/app.css', 'br', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=UTF-8');
    expect(Number(res.headers['content-length'])).toBe(readFileSync(join(staticDir, 'chunks', 'app.css.br')).length);
    expect(res.body.length).toBe(0);
  });

  it.each([
    ['a browser without brotli', '/_next/static/chunks/app.js', 'gzip'],
    ['brotli refused with q=0', '/_next/static/chunks/app.js', 'gzip, br;q=0'],
    ['a file without a brotli copy', '/_next/static/chunks/tiny.js', 'br'],
    ['a missing file', '/_next/static/chunks/missing.js', 'br'],
    ['a file type not compressed', '/_next/static/media/font.woff2', 'br'],
    ['a path outside the static folder', '/_next/static/..%2fsecret.js', 'br'],
    ['a path outside the static folder, unencoded', '/_next/static/chunks/../../secret.js', 'br'],
    ['a broken percent-encoding', '/_next/static/chunks/%E0%A4%A.js', 'br'],
    ['a page', '/modules/why-e-government', 'br'],
  ])('leaves %s to Next', async (_case, path, encoding) => {
    const res = await get(path, encoding);
    expect(res.status).toBe(299);
    expect(res.body.toString()).toBe('next');
  });
});
