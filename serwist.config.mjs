// @ts-check
// Serwist in configurator mode: `serwist build` runs after `next build` and bundles app/sw.ts into public/sw.js.
// This works with Turbopack (the webpack wrapper does not). Run: `npx next build && npx serwist build serwist.config.mjs`.
import { spawnSync } from 'node:child_process';
import { serwist } from '@serwist/next/config';

// The offline page changes with the catalogues; the commit (or the time) names its precache revision.
const revision = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf-8' }).stdout?.trim() || String(Date.now());

export default await serwist({
  swSrc: 'app/sw.ts',
  swDest: 'public/sw.js',
  // Nothing of the build is precached: a trainee on a slow link downloads only what they use or save.
  globPatterns: [],
  precachePrerendered: false,
  additionalPrecacheEntries: [{ url: '/offline.html', revision }],
});
