/** Applies the committed drizzle-kit migrations to the database at DATABASE_PATH. */
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase } from './connection';
import { refreshAllStandings } from '@/lib/commands/standings';

const db = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
const standingColumns = (db.$client.prepare("SELECT name FROM pragma_table_info('module_standings')").all() as { name: string }[]).map((c) => c.name);
migrate(db, { migrationsFolder: 'db/migrations' });
// A database from before module_standings, or before they kept their progress (migration 0015), gets
// them computed once from its progress, attempts and assignments; from then on every write keeps them current.
if (!standingColumns.includes('percent')) db.transaction((tx) => refreshAllStandings(tx));
db.$client.close();
console.log(`Database migrated: ${databasePath()}`);
