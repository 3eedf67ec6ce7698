/**
 * `npm run content:import`: validates every file under content/ and, only if
 * all of them are valid, loads them into the database and publishes each
 * module whose content changed. Assumes the database is migrated.
 */
import { existsSync } from 'node:fs';
import { importContent } from '@/lib/commands/import-content';
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase } from '@/db/connection';
import { loadContentTree } from '@/lib/content/load-tree';

const CONTENT_DIR = 'content';
const SEEDS_DIR = '../shared/seeds';

function main(): number {
  // The seed documents live outside the repository; check sources against them when they are there.
  const seedsDir = existsSync(SEEDS_DIR) ? SEEDS_DIR : undefined;
  const loaded = loadContentTree(CONTENT_DIR, seedsDir);
  if (!loaded.ok) {
    for (const error of loaded.errors) console.error(`${error.file}:${error.line ?? ''}: ${error.message}`);
    console.error(`\n${loaded.errors.length} problem(s) in ${CONTENT_DIR}/; nothing was imported.`);
    return 1;
  }
  if (!seedsDir) console.warn(`${SEEDS_DIR} not found: lesson sources were not checked against seed files.`);

  const db = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
  try {
    const summary = importContent(db, loaded.tree, { contentDir: CONTENT_DIR, actorId: null, now: new Date() });
    for (const mod of summary) console.log(`${mod.status.padEnd(9)} ${mod.slug} (version ${mod.version})`);
    console.log(`Imported ${summary.length} module(s) into ${databasePath()}.`);
    return 0;
  } finally {
    db.$client.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error);
  if (error instanceof Error && /no such table/.test(error.message)) {
    console.error('The database is not migrated: run `npm run db:migrate` first.');
  }
  process.exitCode = 1;
}
