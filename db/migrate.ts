/** Applies the committed drizzle-kit migrations to the database at DATABASE_PATH. */
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { databasePath, openDatabase } from './connection';

const db = openDatabase();
migrate(db, { migrationsFolder: 'db/migrations' });
db.$client.close();
console.log(`Database migrated: ${databasePath()}`);
