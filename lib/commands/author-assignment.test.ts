import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/connection';
import { getDb } from '@/db/index';
import { listDraftAssignments } from '@/db/queries/assignment-drafts';
import { readModulePackage } from '@/db/queries/module-package';
import { getPublishedModule } from '@/db/queries/published';
import { modules, users } from '@/db/schema';
import { loadContentTree } from '@/lib/content/load-tree';
import { modulePackageFiles } from '@/lib/content/module-package';
import { createContentFixture, SOURCE_ID, type ContentFixture } from '@/lib/testing/content-fixture';
import { saveDraftAssignment } from './author-assignment';
import { importContent } from './import-content';
import { publishModule } from './publish-module';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
let fixture: ContentFixture;
let moduleId: number;
let authorId: number;

beforeAll(() => {
  fixture = createContentFixture();
  process.env.DATABASE_PATH = join(fixture.root, 'test.db');
  const db = openDatabase(process.env.DATABASE_PATH);
  migrate(db, { migrationsFolder });
  const tree = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!tree.ok) throw new Error(JSON.stringify(tree.errors));
  importContent(db, tree.tree, { contentDir: fixture.contentDir, actorId: null, now: new Date('2026-01-01T00:00:00Z') });
  authorId = db.insert(users).values({ email: 'author@example.org', name: 'Author', role: 'instructor' }).returning({ id: users.id }).get().id;
  db.$client.close();
  moduleId = getPublishedModule('mod-a')!.id;
});
afterAll(() => fixture.cleanup());

const assignment = {
  key: 'memo',
  title: 'A memo to the minister',
  summary: '',
  required: true,
  passMark: 50,
  submission: 'text' as const,
  sources: [SOURCE_ID],
  rubric: [{ key: 'clarity', title: 'Clarity', levels: [{ title: 'Weak', points: 0, descriptor: 'Unclear.' }, { title: 'Clear', points: 2, descriptor: 'Clear.' }] }],
  brief: '## Write a memo\n\n**Source:** a test.\n',
};
const revision = () => getDb().select({ revision: modules.revision }).from(modules).get()!.revision;

describe('authoring an assignment', () => {
  it('adds it to the draft (bumping the revision), refuses the same key twice, edits it, and publishes it with the next version', () => {
    const before = revision();
    saveDraftAssignment({ moduleId, assignment, isNew: true, now: new Date('2026-02-01T00:00:00Z') });
    expect(revision()).toBe(before + 1);
    expect(() => saveDraftAssignment({ moduleId, assignment, isNew: true, now: new Date() })).toThrow(expect.objectContaining({ code: 'conflict:key-taken' }));
    saveDraftAssignment({ moduleId, assignment: { ...assignment, title: 'A memo' }, isNew: false, now: new Date('2026-02-02T00:00:00Z') });
    expect(listDraftAssignments(moduleId)).toMatchObject([{ key: 'memo', title: 'A memo' }]);
    expect(getPublishedModule('mod-a')!.assignments).toEqual([]);

    const published = publishModule({ moduleId, actorId: authorId, changelog: 'Adds a memo', now: new Date('2026-02-03T00:00:00Z'), readCaptions: () => 'WEBVTT\n' });
    expect(published.ok).toBe(true);
    expect(getPublishedModule('mod-a')!.assignments).toMatchObject([{ key: 'memo', title: 'A memo', required: true }]);
  });

  it('travels in the module package', () => {
    const pkg = readModulePackage(moduleId, () => 'WEBVTT\n');
    const files = modulePackageFiles(pkg!);
    expect(files['modules/mod-a/assignments/memo.md']).toContain('title: A memo');
  });
});
