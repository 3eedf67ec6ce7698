import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModulePackage } from '@/lib/content/load-package';
import { loadContentTree } from '@/lib/content/load-tree';
import { modulePackageFiles } from '@/lib/content/module-package';
import type { ContentModule, ContentTree } from '@/lib/content/types';
import { packZip } from '@/lib/content/zip-package';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase, type AppDatabase } from '../connection';
import { modules, moduleVersions, questionOptions, questions, users } from '../schema';
import { importContent } from '@/lib/commands/import-content';
import { importModulePackage } from '@/lib/commands/publish-module';
import { readModulePackage } from './module-package';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const now = new Date(Date.UTC(2025, 0, 1));

let fixture: ContentFixture;
let db: AppDatabase;
let tree: ContentTree;
let actorId: number;
beforeEach(() => {
  fixture = createContentFixture();
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  actorId = db.insert(users).values({ email: 'i@example.org', name: 'Instructor', role: 'instructor' }).returning().get().id;
  const loaded = loadContentTree(fixture.contentDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  tree = loaded.tree;
  importContent(db, tree, { contentDir: fixture.contentDir, actorId, now });
});
afterEach(() => {
  db.$client.close();
  fixture.cleanup();
});

/** The parts of a loaded module that must survive a round trip (not where it was read from). */
function content(mod: ContentModule) {
  return { meta: mod.meta, quiz: mod.quiz, lessons: mod.lessons.map(({ file: _file, ...lesson }) => lesson) };
}

function exportZip(): Uint8Array {
  const moduleId = db.select().from(modules).get()?.id ?? 0;
  const captions = new Map(tree.modules[0]?.lessons.flatMap((l) => (l.lecture ? [[l.lecture.captions, l.lecture.captionsVtt]] : [])));
  const pkg = readModulePackage(moduleId, (lecture) => captions.get(lecture.captions) ?? null, db);
  if (!pkg) throw new Error('module not found');
  return packZip(modulePackageFiles(pkg));
}

function load(bytes: Uint8Array): ContentModule {
  const loaded = loadModulePackage(bytes);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.module;
}

/** The zip with one file changed. */
function edit(bytes: Uint8Array, path: string, change: (text: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[path] = strToU8(change(strFromU8(files[path] ?? new Uint8Array())));
  return zipSync(files);
}

describe('module package round trip', () => {
  it('exports the draft as content files that load back to the same module', () => {
    const zip = exportZip();
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'modules/mod-a/lectures/intro.vtt',
      'modules/mod-a/lessons/01-intro.md',
      'modules/mod-a/lessons/02-more.md',
      'modules/mod-a/module.yaml',
      'modules/mod-a/quiz.yaml',
    ]);
    expect(content(load(zip))).toEqual(content(tree.modules[0] as ContentModule));
  });

  it('re-importing an unchanged export changes nothing', () => {
    const before = db.select().from(moduleVersions).all();
    expect(importModulePackage(load(exportZip()), { actorId, now }, db)).toMatchObject({ slug: 'mod-a', status: 'unchanged' });
    expect(db.select().from(moduleVersions).all()).toEqual(before);
  });

  it('keeps GIFT weights through the package', () => {
    const id =
      db
        .select({ id: questionOptions.id })
        .from(questionOptions)
        .innerJoin(questions, eq(questions.id, questionOptions.questionId))
        .where(eq(questions.key, 'pick-many'))
        .get()?.id ?? 0;
    db.update(questionOptions).set({ weight: -50 }).where(eq(questionOptions.id, id)).run();
    const mod = load(exportZip());
    const pickMany = mod.quiz?.questions.find((question) => question.key === 'pick-many');
    expect(pickMany?.type === 'multiple' && pickMany.options[0]?.weight).toBe(-50);
  });

  it('updates only the draft when the package changes the module: the author publishes it', () => {
    const before = db.select().from(moduleVersions).all();
    const changed = edit(exportZip(), 'modules/mod-a/quiz.yaml', (text) => text.replace('passMark: 60', 'passMark: 75'));
    expect(importModulePackage(load(changed), { actorId, now }, db)).toMatchObject({ status: 'updated' });
    expect(db.select().from(moduleVersions).all()).toEqual(before);
    expect(content(load(exportZip())).quiz?.passMark).toBe(75);
  });

  it('exports the review options and imports them back', () => {
    const open = edit(exportZip(), 'modules/mod-a/quiz.yaml', (text) => text.replace(/explanations: after-pass-or-last-attempt/, 'explanations: always'));
    expect(importModulePackage(load(open), { actorId, now }, db)).toMatchObject({ status: 'updated' });
    expect(content(load(exportZip())).quiz?.review).toEqual({ correctAnswers: 'after-pass-or-last-attempt', explanations: 'always' });
  });

  it('creates a new unpublished module owned by the importer', () => {
    const zip = exportZip();
    const files = unzipSync(zip);
    const renamed = Object.fromEntries(
      Object.entries(files).map(([path, data]) => [
        path.replace('modules/mod-a/', 'modules/mod-b/'),
        path.endsWith('module.yaml') ? strToU8(strFromU8(data).replace('slug: mod-a', 'slug: mod-b')) : data,
      ]),
    );
    const other = db.insert(users).values({ email: 'j@example.org', name: 'Other', role: 'instructor' }).returning().get().id;
    const summary = importModulePackage(load(zipSync(renamed)), { actorId: other, now }, db);
    expect(summary).toMatchObject({ slug: 'mod-b', status: 'created' });
    const created = db.select().from(modules).where(eq(modules.slug, 'mod-b')).get();
    expect(created?.ownerId).toBe(other);
    // A draft only: nothing reaches trainees until the author publishes it.
    expect(
      db
        .select()
        .from(moduleVersions)
        .where(eq(moduleVersions.moduleId, created?.id ?? 0))
        .all(),
    ).toEqual([]);
  });

  it('reports problems as file:line in the package and writes nothing', () => {
    const broken = edit(exportZip(), 'modules/mod-a/quiz.yaml', (text) => text.replace('passMark: 60', 'passMark: 160'));
    const loaded = loadModulePackage(broken);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.errors).toEqual([{ file: 'modules/mod-a/quiz.yaml', line: 2, message: expect.stringMatching(/passMark/) }]);
  });

  it('checks the slug against the folder, as content/ does', () => {
    const broken = edit(exportZip(), 'modules/mod-a/module.yaml', (text) => text.replace('slug: mod-a', 'slug: mod-z'));
    const loaded = loadModulePackage(broken);
    expect(!loaded.ok && loaded.errors[0]).toMatchObject({
      file: 'modules/mod-a/module.yaml',
      line: 1,
      message: expect.stringMatching(/must equal the folder name/),
    });
  });
});
