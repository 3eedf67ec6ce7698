import { describe, expect, it } from 'vitest';
import { ORPHAN_MIN_AGE_MS, orphanedUploads, referencedSubmissionFiles, referencedUploads, type StoredUpload } from './orphan-uploads';

const now = new Date(Date.UTC(2026, 11, 1, 12));
const ago = (ms: number) => new Date(now.getTime() - ms);
const old = ago(ORPHAN_MIN_AGE_MS + 1);

const referenced = referencedUploads([
  { moduleSlug: 'egov', lecture: { video: 'lectures/intro-1a2b-talk.mp4', captions: 'lectures/intro-3c4d-talk.vtt' }, attachments: [] },
  { moduleSlug: 'egov', lecture: null, attachments: [{ path: 'files/intro-5e6f-reading.pdf' }] },
  { moduleSlug: 'law', lecture: null, attachments: [{ path: 'files/law-0000-act.pdf' }] },
]);

describe('orphanedUploads', () => {
  it.each<[string, StoredUpload, boolean]>([
    ['a draft lecture video', { moduleSlug: 'egov', path: 'lectures/intro-1a2b-talk.mp4', modifiedAt: old }, false],
    ['draft captions', { moduleSlug: 'egov', path: 'lectures/intro-3c4d-talk.vtt', modifiedAt: old }, false],
    ['an attachment', { moduleSlug: 'egov', path: 'files/intro-5e6f-reading.pdf', modifiedAt: old }, false],
    ['an unreferenced file older than a day', { moduleSlug: 'egov', path: 'files/intro-9999-old.pdf', modifiedAt: old }, true],
    [
      'an unreferenced file uploaded an hour ago (its lesson is not saved yet)',
      { moduleSlug: 'egov', path: 'files/new.pdf', modifiedAt: ago(3_600_000) },
      false,
    ],
    ['an interrupted upload left as .part', { moduleSlug: 'egov', path: 'files/intro-1111-big.mp4.part', modifiedAt: old }, true],
    ['the same path in another module', { moduleSlug: 'law', path: 'files/intro-5e6f-reading.pdf', modifiedAt: old }, true],
    ['a file of a module no lesson names', { moduleSlug: 'gone', path: 'files/law-0000-act.pdf', modifiedAt: old }, true],
  ])('%s: orphaned = %s', (_name, file, orphaned) => {
    expect(orphanedUploads([file], referenced, now)).toEqual(orphaned ? [file] : []);
  });

  it('treats exactly one day as old enough', () => {
    const file = { moduleSlug: 'egov', path: 'files/x.pdf', modifiedAt: ago(ORPHAN_MIN_AGE_MS) };
    expect(orphanedUploads([file], referenced, now)).toEqual([file]);
  });
});

describe('referencedSubmissionFiles', () => {
  it('holds the files of every version, as stored under the trainee folder', () => {
    const held = referencedSubmissionFiles([{ files: [{ path: '7/plan-aa-v1.pdf' }] }, { files: [{ path: '7/plan-aa-v1.pdf' }, { path: '7/plan-bb-v2.pdf' }] }, { files: [] }]);
    const stored = (path: string): StoredUpload => ({ moduleSlug: '7', path, modifiedAt: old });
    expect(orphanedUploads([stored('plan-aa-v1.pdf'), stored('plan-bb-v2.pdf'), stored('plan-cc-removed.pdf')], held, now)).toEqual([stored('plan-cc-removed.pdf')]);
  });
});
