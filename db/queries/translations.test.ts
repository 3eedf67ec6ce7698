import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importContent } from '@/lib/commands/import-content';
import { loadModulePackage } from '@/lib/content/load-package';
import { loadContentTree } from '@/lib/content/load-tree';
import { modulePackageFiles } from '@/lib/content/module-package';
import { packZip } from '@/lib/content/zip-package';
import { gradeQuestion } from '@/lib/domain/grading';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { dariTranslation } from '@/lib/testing/content-fixture-translations';
import { openDatabase, type AppDatabase } from '../connection';
import { lessons, modules, moduleVersions, publishedLessonTranslations } from '../schema';
import { lessonCaptionsTarget, setLessonTranslationCaptions, upsertModuleTranslation, upsertQuestionTranslation, translationQuestions } from './authoring-translations';
import { readModulePackage } from './module-package';
import { publishVersion } from './publish';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

let fixture: ContentFixture;
let db: AppDatabase;
beforeEach(() => {
  fixture = createContentFixture();
  for (const [path, text] of Object.entries(dariTranslation)) fixture.write(path, text);
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
});
afterEach(() => {
  db.$client.close();
  fixture.cleanup();
});

function runImport(day: number) {
  const loaded = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return importContent(db, loaded.tree, { contentDir: fixture.contentDir, actorId: null, now: new Date(Date.UTC(2025, 0, day)) });
}

const latest = () => db.select().from(moduleVersions).all().at(-1);

describe('translations: import and publish', () => {
  it('publishes every language with the version: module text, lesson HTML and captions, quiz texts', () => {
    runImport(1);
    const version = latest();
    expect(version?.translations['fa-AF']?.title).toBe('ماژول الف');
    const lessons = db.select().from(publishedLessonTranslations).where(eq(publishedLessonTranslations.versionId, version?.id ?? 0)).all();
    expect(lessons).toHaveLength(1);
    expect(lessons[0]).toMatchObject({ lessonKey: '01-intro', locale: 'fa-AF', title: 'مقدمه', lectureTitle: 'لکچر مقدماتی' });
    expect(lessons[0]?.html).toContain('<h2');
    expect(lessons[0]?.captionsVtt).toContain('خوش آمدید.');
    const quiz = version?.quiz;
    expect(quiz?.translations?.['fa-AF']?.title).toBe('آزمون ماژول الف');
    expect(quiz?.translations?.['fa-AF']?.questions['match-up']?.options).toEqual([
      { text: 'یک', feedback: '', match: '۱' },
      { text: 'دو', feedback: '', match: '۲' },
    ]);
  });

  it('grades a translated short answer as correct: any accepted answer in any language counts', () => {
    runImport(1);
    const question = latest()?.quiz?.questions.find((candidate) => candidate.key === 'year');
    expect(question?.options.map((option) => option.text)).toEqual(['1998', '۱۹۹۸']);
    if (!question) throw new Error('no question');
    expect(gradeQuestion(question, { type: 'short', text: '۱۹۹۸' }).outcome).toBe('correct');
  });

  it('publishes a new version when only a translation changes, and nothing when nothing changes', () => {
    runImport(1);
    expect(runImport(2)[0]?.status).toBe('unchanged');
    fixture.write('content/modules/mod-a/module.fa-AF.yaml', (dariTranslation['content/modules/mod-a/module.fa-AF.yaml'] ?? '').replace('ماژول الف', 'ماژول اول'));
    expect(runImport(3)[0]).toMatchObject({ status: 'updated', version: 2 });
    expect(latest()?.translations['fa-AF']?.title).toBe('ماژول اول');
  });

  it('carries the translations through a module package', () => {
    runImport(1);
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const pkg = readModulePackage(moduleId, () => 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelcome.\n\n00:00:02.000 --> 00:00:05.000\nThis is the intro.\n', db);
    if (!pkg) throw new Error('module not found');
    const zip = packZip(modulePackageFiles(pkg));
    expect(Object.keys(unzipSync(zip)).filter((name) => name.includes('fa-AF')).sort()).toEqual([
      'modules/mod-a/lectures/intro.fa-AF.vtt',
      'modules/mod-a/lessons/01-intro.fa-AF.md',
      'modules/mod-a/module.fa-AF.yaml',
      'modules/mod-a/quiz.fa-AF.yaml',
    ]);
    const loaded = loadModulePackage(zip);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const original = loadContentTree(fixture.contentDir);
    const expected = original.ok ? original.tree.modules[0]?.translations['fa-AF'] : null;
    const strip = (value: typeof expected) => value && { ...value, lessons: value.lessons.map(({ file: _file, body, ...lesson }) => ({ ...lesson, body: body.trim() })) };
    expect(strip(loaded.module.translations['fa-AF'])).toEqual(strip(expected));
  });

  it("publishes captions uploaded for a lesson's translation, and none once they are removed", () => {
    runImport(1);
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const lessonId = db.select().from(lessons).where(eq(lessons.key, '01-intro')).get()?.id ?? 0;
    expect(lessonCaptionsTarget(db, lessonId, 'fa-AF')).toEqual({ hasLecture: true, translated: true });
    expect(lessonCaptionsTarget(db, lessonId, 'ps')).toEqual({ hasLecture: true, translated: false });
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:03.000\nزیرنویس تازه.\n';
    const publishedCaptions = () =>
      db.select().from(publishedLessonTranslations).where(eq(publishedLessonTranslations.versionId, latest()?.id ?? 0)).get()?.captionsVtt;
    setLessonTranslationCaptions(db, lessonId, 'fa-AF', vtt, new Date(Date.UTC(2025, 0, 3)));
    expect(publishVersion(db, { moduleId, actorId: null, changelog: 'New captions', now: new Date(Date.UTC(2025, 0, 3)), readCaptions: () => null })).toMatchObject({ changed: true });
    expect(publishedCaptions()).toBe(vtt);
    setLessonTranslationCaptions(db, lessonId, 'fa-AF', null, new Date(Date.UTC(2025, 0, 4)));
    publishVersion(db, { moduleId, actorId: null, changelog: 'No captions', now: new Date(Date.UTC(2025, 0, 4)), readCaptions: () => null });
    expect(publishedCaptions()).toBeNull();
  });

  it("publishes an author's draft translation (module text and a question) with the next version", () => {
    runImport(1);
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const now = new Date(Date.UTC(2025, 0, 5));
    upsertModuleTranslation(db, moduleId, 'ps', { title: 'الف ماډيول', summary: '', objectives: ['لومړی', 'دویم'] }, 'د الف ازموینه', now);
    const question = translationQuestions(db, moduleId).find((candidate) => candidate.key === 'is-true');
    upsertQuestionTranslation(db, question?.id ?? 0, 'ps', { prompt: 'ایا سم دی؟', explanation: 'دی.', options: [] }, [], now);
    const published = publishVersion(db, { moduleId, actorId: null, changelog: 'Pashto', now, readCaptions: () => null });
    expect(published).toMatchObject({ changed: true, version: 2 });
    expect(latest()?.translations.ps?.title).toBe('الف ماډيول');
    expect(latest()?.quiz?.translations?.ps).toEqual({ title: 'د الف ازموینه', questions: { 'is-true': { prompt: 'ایا سم دی؟', explanation: 'دی.', options: [] } } });
    expect(latest()?.quiz?.translations?.['fa-AF']?.title).toBe('آزمون ماژول الف');
  });
});
