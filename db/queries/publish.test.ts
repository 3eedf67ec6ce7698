import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { openDatabase, type AppDatabase } from '../connection';
import { auditLog, lessons, modules, moduleVersions, publishedLessons } from '../schema';
import { publishVersion } from './publish';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
const lecture = { title: 'Talk', video: 'lectures/a.mp4', captions: 'lectures/a.vtt' };

let db: AppDatabase;
let moduleId: number;
beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  moduleId = db
    .insert(modules)
    .values({ slug: 'm', title: 'M', objectives: ['One.'] })
    .returning()
    .get().id;
  db.insert(lessons)
    .values({ moduleId, key: '01-a', position: 0, title: 'A', bodyMarkdown: '## A\n', sources: ['000_0123456789abcdef'], lecture })
    .run();
});
afterEach(() => db.$client.close());

function publish(captions: string | null, changelog = 'First') {
  return db.transaction((tx) =>
    publishVersion(tx, { moduleId, actorId: null, changelog, now: new Date(Date.UTC(2025, 0, 1)), readCaptions: () => captions }),
  );
}

describe('publishVersion', () => {
  it('publishes a module without a quiz, freezing the captions it is given', () => {
    expect(publish('WEBVTT\n')).toEqual({ changed: true, versionId: expect.any(Number), version: 1 });
    const version = db.select().from(moduleVersions).get();
    expect(version).toMatchObject({ version: 1, quiz: null, changelog: 'First', publishedAt: new Date(Date.UTC(2025, 0, 1)) });
    expect(db.select().from(publishedLessons).get()).toMatchObject({ key: '01-a', html: '<h2>A</h2>', captionsVtt: 'WEBVTT\n', lecture });
    expect(db.select().from(auditLog).get()).toMatchObject({ action: 'module.published', targetId: String(moduleId) });
  });

  it('returns the current version when nothing changed, and a new one when captions change', () => {
    const first = publish('WEBVTT\n');
    expect(publish('WEBVTT\n', 'Again')).toEqual({ changed: false, versionId: first.versionId, version: 1 });
    expect(publish('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n', 'Captions')).toMatchObject({ changed: true, version: 2 });
    expect(db.select().from(modules).where(eq(modules.id, moduleId)).get()?.publishedVersionId).not.toBe(first.versionId);
  });

  it('refuses a module that does not exist', () => {
    moduleId = 999;
    expect(() => publish(null)).toThrow(AppError);
  });
});
