/**
 * `npm run uploads:clean [-- --dry-run]`: removes uploaded lesson files that
 * no draft lesson or published version refers to, and trainees' assignment
 * files no submission version holds, once they are over a day old. Runs
 * before `next start`; safe to run at any time.
 */
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase } from '@/db/connection';
import { cleanOrphanedUploads } from '@/lib/authoring/orphan-uploads';
import { env } from '@/lib/env';

async function main(): Promise<void> {
  const dryRun = process.argv.includes('--dry-run');
  const db = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
  try {
    const removed = await cleanOrphanedUploads({ db, uploadsDir: env().UPLOADS_DIR, now: new Date(), dryRun });
    for (const file of removed) console.log(`${dryRun ? 'would remove' : 'removed'} ${file}`);
    console.log(`${removed.length} orphaned upload(s) ${dryRun ? 'found' : 'removed'}.`);
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
