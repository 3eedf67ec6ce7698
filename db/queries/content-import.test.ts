import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentTree } from '@/lib/content/load-tree';
import type { ContentTree } from '@/lib/content/types';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { openDatabase, type AppDatabase } from '../connection';
import {
  auditLog,
  lessonProgress,
  lessons,
  modules,
  moduleVersions,
  programmeModules,
  publishedLessons,
  questionOptions,
  questions,
  quizAttempts,
  users,
} from '../schema';
import { importContent } from '@/lib/commands/import-content';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const INTRO = 'content/modules/mod-a/lessons/01-intro.md';

let fixture: ContentFixture;
let db: AppDatabase;
beforeEach(() => {
  fixture = createContentFixture();
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
});
afterEach(() => {
  db.$client.close();
  fixture.cleanup();
});

function tree(): ContentTree {
  const result = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.tree;
}

function runImport(day: number) {
  return importContent(db, tree(), { contentDir: fixture.contentDir, actorId: null, now: new Date(Date.UTC(2025, 0, day)) });
}

function edit(path: string, change: (text: string) => string) {
  fixture.write(path, change(readFileSync(join(fixture.root, path), 'utf8')));
}

/** Every row a trainee or an editor could see, to prove a no-op import writes nothing. */
function everything() {
  return {
    modules: db.select().from(modules).all(),
    lessons: db.select().from(lessons).all(),
    questions: db.select().from(questions).all(),
    options: db.select().from(questionOptions).all(),
    versions: db.select().from(moduleVersions).all(),
    published: db.select().from(publishedLessons).all(),
    programmeModules: db.select().from(programmeModules).all(),
    audit: db.select().from(auditLog).all(),
  };
}

describe('importContent', () => {
  it('creates the module, its draft and version 1', () => {
    expect(runImport(1)).toEqual([{ slug: 'mod-a', status: 'created', version: 1 }]);
    const [mod] = db.select().from(modules).all();
    expect(mod).toMatchObject({ slug: 'mod-a', title: 'Module A', selfEnrol: true, revision: 1 });
    const [version] = db.select().from(moduleVersions).all();
    expect(version).toMatchObject({ moduleId: mod?.id, version: 1, changelog: 'Imported from content/' });
    expect(mod?.publishedVersionId).toBe(version?.id);
    expect(version?.quiz?.questions.map((question) => question.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'short',
      'matching',
      'ordering',
    ]);
    const published = db.select().from(publishedLessons).orderBy(asc(publishedLessons.position)).all();
    expect(published.map((lesson) => [lesson.key, lesson.position])).toEqual([
      ['01-intro', 0],
      ['02-more', 1],
    ]);
    expect(published[0]?.html).toContain('<h2>Start here</h2>');
    expect(published[0]?.captionsVtt).toContain('This is the intro.');
    expect(published[0]?.lecture).toEqual({ title: 'The intro lecture', video: 'lectures/intro.mp4', captions: 'lectures/intro.vtt' });
    expect(published[1]?.captionsVtt).toBeNull();
    expect(db.select().from(programmeModules).all()).toEqual([expect.objectContaining({ moduleId: mod?.id, position: 0, required: true })]);
  });

  it('changes nothing when the content has not changed', () => {
    runImport(1);
    const before = everything();
    expect(runImport(2)).toEqual([{ slug: 'mod-a', status: 'unchanged', version: 1 }]);
    expect(everything()).toEqual(before);
  });

  it('publishes version 2 for an edited lesson and keeps version 1 and learner data', () => {
    runImport(1);
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const v1 = db.select().from(moduleVersions).get();
    const userId = db.insert(users).values({ email: 't@example.org', name: 'Trainee' }).returning().get().id;
    db.insert(lessonProgress).values({ userId, moduleId, lessonKey: '01-intro' }).run();
    db.insert(quizAttempts)
      .values({ userId, moduleId, versionId: v1?.id ?? 0, attemptNo: 1, layout: { questions: [], options: {} } })
      .run();
    const questionIds = db.select({ id: questions.id }).from(questions).all();

    edit(INTRO, (text) => text.replace('Some **text**', 'Some new **text**'));
    expect(runImport(2)).toEqual([{ slug: 'mod-a', status: 'updated', version: 2 }]);

    const versions = db.select().from(moduleVersions).orderBy(asc(moduleVersions.version)).all();
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(db.select().from(modules).get()).toMatchObject({ publishedVersionId: versions[1]?.id, revision: 2 });
    const htmlOf = (versionId: number | undefined) =>
      db
        .select()
        .from(publishedLessons)
        .where(eq(publishedLessons.versionId, versionId ?? 0))
        .orderBy(asc(publishedLessons.position))
        .all()[0]?.html;
    expect(htmlOf(versions[0]?.id)).not.toContain('Some new');
    expect(htmlOf(versions[1]?.id)).toContain('Some new');
    expect(db.select().from(lessons).where(eq(lessons.key, '01-intro')).get()?.revision).toBe(2);
    expect(db.select().from(lessonProgress).all()).toHaveLength(1);
    expect(db.select().from(quizAttempts).get()?.versionId).toBe(v1?.id);
    // The quiz did not change, so its draft rows were left alone.
    expect(db.select({ id: questions.id }).from(questions).all()).toEqual(questionIds);
  });

  it('deletes lessons no longer listed, but not the progress recorded against them', () => {
    runImport(1);
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const userId = db.insert(users).values({ email: 't@example.org', name: 'Trainee' }).returning().get().id;
    db.insert(lessonProgress).values({ userId, moduleId, lessonKey: '02-more' }).run();
    edit('content/modules/mod-a/module.yaml', (text) => text.replace('  - 02-more\n', ''));
    fixture.remove('content/modules/mod-a/lessons/02-more.md');
    expect(runImport(2)).toEqual([{ slug: 'mod-a', status: 'updated', version: 2 }]);
    expect(db.select({ key: lessons.key }).from(lessons).all()).toEqual([{ key: '01-intro' }]);
    expect(db.select().from(lessonProgress).all()).toHaveLength(1);
  });

  it.each<[string, () => void]>([
    ['quiz settings', () => edit('content/modules/mod-a/quiz.yaml', (text) => text.replace('passMark: 60', 'passMark: 80'))],
    ['an answer', () => edit('content/modules/mod-a/quiz.yaml', (text) => text.replace('answer: true', 'answer: false'))],
    ['captions', () => edit('content/modules/mod-a/lectures/intro.vtt', (text) => text.replace('Welcome.', 'Hello.'))],
    ['objectives', () => edit('content/modules/mod-a/module.yaml', (text) => text.replace('the first thing', 'the 1st thing'))],
  ])('publishes a new version when %s change', (_name, change) => {
    runImport(1);
    change();
    expect(runImport(2)).toEqual([{ slug: 'mod-a', status: 'updated', version: 2 }]);
  });

  it('syncs a programme\'s list of modules in place: a module added, the order changed, one removed', () => {
    cpSync(join(fixture.root, 'content/modules/mod-a'), join(fixture.root, 'content/modules/mod-b'), { recursive: true });
    edit('content/modules/mod-b/module.yaml', (text) => text.replace('slug: mod-a', 'slug: mod-b'));
    const list = (slugs: string[]) => edit('content/programmes/test-programme.yaml', (text) => text.replace(/modules:\n(  - .*\n)+/, `modules:\n${slugs.map((s) => `  - ${s}\n`).join('')}`));
    const listed = () =>
      db
        .select({ slug: modules.slug, position: programmeModules.position, required: programmeModules.required })
        .from(programmeModules)
        .innerJoin(modules, eq(modules.id, programmeModules.moduleId))
        .orderBy(programmeModules.position)
        .all();
    list(['mod-a', 'mod-b']);
    runImport(1);
    expect(listed()).toEqual([{ slug: 'mod-a', position: 0, required: true }, { slug: 'mod-b', position: 1, required: true }]);
    // A new order only moves rows: no module leaves or joins the programme (cohort totals are recomputed on each).
    db.$client.exec(`CREATE TEMP TABLE pm_writes (kind TEXT);
      CREATE TEMP TRIGGER pm_deleted AFTER DELETE ON main.programme_modules BEGIN INSERT INTO pm_writes VALUES ('delete'); END;
      CREATE TEMP TRIGGER pm_inserted AFTER INSERT ON main.programme_modules BEGIN INSERT INTO pm_writes VALUES ('insert'); END;`);
    list(['mod-b', 'mod-a']);
    runImport(2);
    expect(listed()).toEqual([{ slug: 'mod-b', position: 0, required: true }, { slug: 'mod-a', position: 1, required: true }]);
    expect(db.$client.prepare('SELECT kind FROM pm_writes').all()).toEqual([]);
    list(['mod-b']);
    runImport(3);
    expect(listed()).toEqual([{ slug: 'mod-b', position: 0, required: true }]);
  });

  it('writes nothing when any part of the import fails', () => {
    const broken = tree();
    broken.programmes[0]?.modules.push('not-in-the-tree');
    expect(() => importContent(db, broken, { contentDir: fixture.contentDir, actorId: null, now: new Date() })).toThrow(/not-in-the-tree/);
    expect(db.select().from(modules).all()).toEqual([]);
    expect(db.select().from(moduleVersions).all()).toEqual([]);
  });
});
