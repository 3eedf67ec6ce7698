import { integer } from 'drizzle-orm/sqlite-core';

/** Primary key shared by every table: a SQLite rowid alias. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });

/** A point in time stored as Unix milliseconds. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** `created_at`, filled by the application clock. */
export const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .$defaultFn(() => new Date());
