/**
 * The production server (`npm start`, the demo, the end-to-end run and the
 * benchmarks): Next's request handler behind node:http, as `next start` runs
 * it, but compressing with brotli where the browser accepts it (every current
 * browser does) instead of Next's gzip-only compression:
 * - the build's script and style files from the brotli copies made at build
 *   time (lib/http/static-assets.ts);
 * - pages, their data and API answers as they stream, at brotli's quality 4
 *   (about gzip's speed, a tenth to a fifth fewer bytes), by the `compression`
 *   middleware. next.config.ts turns Next's own compression off for this.
 * Run as `node --import tsx scripts/server.ts [-p PORT]` (else PORT, else 3000).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import { brotliStaticAssets } from '@/lib/http/static-assets';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

async function main(): Promise<void> {
  const flag = process.argv.indexOf('-p');
  const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`Not a port number: ${process.argv[flag + 1] ?? process.env.PORT}`);
  // Set before Next (and React through it) is loaded: both pick their production build from it.
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const staticAsset = brotliStaticAssets(join(process.cwd(), '.next', 'static'));
  const compress = compression() as unknown as Middleware;

  const server = createServer((req, res) => {
    if (staticAsset(req, res)) return;
    compress(req, res, () => {
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  server.listen(port, () => console.log(`CIO Academy is listening on port ${port}.`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => server.close(() => process.exit(0)).closeAllConnections());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
