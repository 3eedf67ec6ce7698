/** Applies the committed drizzle-kit migrations to the database at DATABASE_PATH. */
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { CLI_BUSY_TIMEOUT_MS, databasePath, openDatabase } from './connection';
import { refreshAllStandings } from '@/lib/commands/standings';

const db = openDatabase(databasePath(), { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
const hadStandings = db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'module_standings'").get() !== undefined;
migrate(db, { migrationsFolder: 'db/migrations' });
// A database from before module_standings gets them computed once from its progress and attempts;
// from then on every write keeps them current.
if (!hadStandings) db.transaction((tx) => refreshAllStandings(tx));
db.$client.close();
console.log(`Database migrated: ${databasePath()}`);
