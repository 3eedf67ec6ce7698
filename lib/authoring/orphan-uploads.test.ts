import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@/db/connection';
import { assignmentSubmissions, lessons, modules, moduleVersions, publishedLessons, users } from '@/db/schema';
import { cleanOrphanedUploads } from './orphan-uploads';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const now = new Date();
const twoDaysAgo = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);

let dir: string;
let db: AppDatabase;

/** Writes a file at `path` under the temp UPLOADS_DIR, dated `modified`. */
function place(path: string, modified: Date): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, modified, modified);
  return full;
}

/** Writes a lesson upload of module `slug`, dated `modified`. */
const upload = (slug: string, path: string, modified: Date) => place(join('modules', slug, path), modified);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cio-uploads-'));
  db = openDatabase(':memory:');
  migrate(db, { migrationsFolder });
  const moduleId = db.insert(modules).values({ slug: 'egov', title: 'e-Government' }).returning().get().id;
  db.insert(lessons)
    .values({
      moduleId,
      key: 'intro',
      position: 0,
      title: 'Intro',
      lecture: { title: 'Talk', video: 'lectures/intro-aaaa-talk.mp4', captions: 'lectures/intro-bbbb-talk.vtt' },
      attachments: [{ title: 'Reading', path: 'files/intro-cccc-reading.pdf', size: 1, mimeType: 'application/pdf' }],
      updatedAt: now,
    })
    .run();
});

afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cleanOrphanedUploads', () => {
  it('removes old files no lesson names and keeps the rest', async () => {
    const kept = [
      upload('egov', 'lectures/intro-aaaa-talk.mp4', twoDaysAgo),
      upload('egov', 'lectures/intro-bbbb-talk.vtt', twoDaysAgo),
      upload('egov', 'files/intro-cccc-reading.pdf', twoDaysAgo),
      upload('egov', 'files/intro-dddd-fresh.pdf', now),
    ];
    const removed = [
      upload('egov', 'files/intro-eeee-abandoned.pdf', twoDaysAgo),
      upload('gone', 'lectures/x-ffff-old.mp4.part', twoDaysAgo),
    ];

    const result = await cleanOrphanedUploads({ db, uploadsDir: dir, now });

    expect(result.sort()).toEqual(['egov/files/intro-eeee-abandoned.pdf', 'gone/lectures/x-ffff-old.mp4.part']);
    for (const file of kept) expect(existsSync(file), file).toBe(true);
    for (const file of removed) expect(existsSync(file), file).toBe(false);
  });

  it('keeps a file only a published version still names (the draft moved on)', async () => {
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const versionId = db
      .insert(moduleVersions)
      .values({ moduleId, version: 1, title: 'e-Government', summary: '', objectives: [], contentHash: 'h' })
      .returning()
      .get().id;
    db.insert(publishedLessons)
      .values({
        versionId,
        key: 'intro',
        position: 0,
        title: 'Intro',
        summary: '',
        minutes: 5,
        required: true,
        html: '',
        sources: [],
        attachments: [{ title: 'Old reading', path: 'files/intro-0000-v1.pdf', size: 1, mimeType: 'application/pdf' }],
      })
      .run();
    const file = upload('egov', 'files/intro-0000-v1.pdf', twoDaysAgo);
    expect(await cleanOrphanedUploads({ db, uploadsDir: dir, now })).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('only lists them in a dry run', async () => {
    const file = upload('egov', 'files/intro-eeee-abandoned.pdf', twoDaysAgo);
    expect(await cleanOrphanedUploads({ db, uploadsDir: dir, now, dryRun: true })).toEqual(['egov/files/intro-eeee-abandoned.pdf']);
    expect(existsSync(file)).toBe(true);
  });

  it("removes a trainee's old assignment file no submission version holds, and keeps held and fresh ones", async () => {
    const userId = db.insert(users).values({ email: 't@example.org', name: 'Trainee', role: 'trainee' }).returning().get().id;
    const moduleId = db.select().from(modules).get()?.id ?? 0;
    const file = (name: string) => ({ name, path: `${userId}/${name}`, size: 1, mimeType: 'application/pdf' });
    const version = { userId, moduleId, assignmentKey: 'plan', updatedAt: now };
    db.insert(assignmentSubmissions).values({ ...version, versionNo: 1, status: 'submitted', files: [file('egov-plan-1111-v1.pdf')] }).run();
    db.insert(assignmentSubmissions).values({ ...version, versionNo: 2, files: [file('egov-plan-2222-draft.pdf')] }).run();
    const put = (name: string, modified: Date) => place(join('submissions', String(userId), name), modified);
    const kept = [put('egov-plan-1111-v1.pdf', twoDaysAgo), put('egov-plan-2222-draft.pdf', twoDaysAgo), put('egov-plan-3333-uploading.pdf', now)];
    // Removed from the draft, or stored before a refused attach: nothing holds it, and each upload could fill the disk.
    const removed = put('egov-plan-4444-removed.pdf', twoDaysAgo);

    expect(await cleanOrphanedUploads({ db, uploadsDir: dir, now })).toEqual([`submissions/${userId}/egov-plan-4444-removed.pdf`]);
    for (const path of kept) expect(existsSync(path), path).toBe(true);
    expect(existsSync(removed)).toBe(false);
  });

  it('does nothing when there is no uploads folder yet', async () => {
    expect(await cleanOrphanedUploads({ db, uploadsDir: join(dir, 'absent'), now })).toEqual([]);
  });
});
