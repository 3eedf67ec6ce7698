import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { users } from '@/db/schema';
import { importContent } from '@/lib/commands/import-content';
import { loadContentTree } from '@/lib/content/load-tree';
import { createContentFixture, type ContentFixture } from './content-fixture';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const QUIZ = 'content/modules/mod-a/quiz.yaml';

/**
 * The database a command test runs against: the content fixture imported into
 * a freshly migrated file of the test's own, with `getDb()` pointed at it
 * (it opens DATABASE_PATH on first use). `quizSettings` replaces the fixture
 * quiz's `passMark: 60` line, e.g. `'passMark: 25\ntimeLimitMinutes: 10'`.
 * Call it in `beforeAll` and `fixture.cleanup()` in `afterAll`.
 */
export function setUpCommandDatabase(options: { quizSettings?: string } = {}): ContentFixture {
  const fixture = createContentFixture();
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const setup = openDatabase(process.env.DATABASE_PATH);
  migrate(setup, { migrationsFolder });
  setup.$client.close();
  if (options.quizSettings) fixture.write(QUIZ, readFileSync(join(fixture.root, QUIZ), 'utf8').replace('passMark: 60', options.quizSettings));
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(getDb(), tree.tree, { contentDir: fixture.contentDir, actorId: null, now: new Date('2026-01-01T00:00:00Z') });
  return fixture;
}

/** Adds a trainee account (no password) and returns its id. */
export function insertTrainee(email: string, name = email): number {
  return getDb().insert(users).values({ email, name, role: 'trainee' }).returning({ id: users.id }).get().id;
}
