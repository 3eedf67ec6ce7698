/**
 * `npm run build`'s last step: a brotli copy of each script and style file of
 * the build, for the production server to send (lib/http/static-assets.ts).
 */
import { join } from 'node:path';
import { precompressStaticAssets } from '@/lib/http/static-assets';

const done = precompressStaticAssets(join(process.cwd(), '.next', 'static'));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`Brotli copies of ${done.files} static files: ${kB(done.bytes)} → ${kB(done.compressed)}.`);
