import { describe, expect, it } from 'vitest';
import { offlinePackage, PAGE_SHELL_BYTES } from './offline-package';

describe('offlinePackage', () => {
  it('lists pages, captions and attachments in reading order with the total size', () => {
    const pkg = offlinePackage({
      slug: 'mod-a',
      versionId: 7,
      version: 3,
      hasQuiz: true,
      lessons: [
        { key: '01-intro', htmlBytes: 1000, captions: { path: 'lectures/intro.vtt', bytes: 200 }, attachments: [{ path: 'files/a b.pdf', bytes: 5000 }] },
        { key: '02-more', htmlBytes: 500, captions: null, attachments: [] },
      ],
    });
    expect(pkg.items.map((i) => i.url)).toEqual([
      '/learn',
      '/modules/mod-a',
      '/modules/mod-a/lessons/01-intro',
      '/api/media/7/01-intro/lectures/intro.vtt',
      '/api/media/7/01-intro/files/a%20b.pdf',
      '/modules/mod-a/lessons/02-more',
      '/modules/mod-a/quiz',
    ]);
    expect(pkg.bytes).toBe(5 * PAGE_SHELL_BYTES + 1000 + 200 + 200 + 5000 + 500);
    expect(pkg.version).toBe(3);
  });

  it('leaves out the quiz page when the module has no quiz', () => {
    const pkg = offlinePackage({ slug: 'm', versionId: 1, version: 1, hasQuiz: false, lessons: [] });
    expect(pkg.items.map((i) => i.url)).toEqual(['/learn', '/modules/m']);
  });
});
