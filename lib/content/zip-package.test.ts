import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packZip, unpackModuleZip, unsafePath } from './zip-package';

const zip = (files: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));

describe('unsafePath', () => {
  it.each<[string, string | null]>([
    ['modules/a/module.yaml', null],
    ['modules/a/lectures/sub/x.vtt', null],
    ['../evil.md', 'the path climbs out of the package with ".."'],
    ['modules/a/../../evil', 'the path climbs out of the package with ".."'],
    ['/etc/passwd', 'the path is absolute'],
    ['C:/windows/x', 'the path is absolute'],
    ['modules\\a\\module.yaml', 'the path contains a backslash'],
    ['modules//a', 'the path has an empty or "." segment'],
    ['modules/./a', 'the path has an empty or "." segment'],
    ['modules/a\0.md', 'the path contains a NUL character'],
  ])('%j', (name, expected) => {
    expect(unsafePath(name)).toBe(expected);
  });
});

describe('unpackModuleZip', () => {
  it('reads the files of one module, skipping folders and archiver litter', () => {
    const result = unpackModuleZip(
      zip({ 'modules/mod-a/module.yaml': 'slug: mod-a', 'modules/mod-a/lessons/01.md': '# x', '__MACOSX/modules/._x': 'junk', 'modules/mod-a/.DS_Store': 'x' }),
    );
    expect(result.ok && [result.slug, [...result.files.keys()].sort()]).toEqual(['mod-a', ['modules/mod-a/lessons/01.md', 'modules/mod-a/module.yaml']]);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['zip-slip', { 'modules/a/module.yaml': 'x', '../../evil.md': 'x' }, /climbs out/],
    ['an absolute path', { '/tmp/evil.md': 'x' }, /absolute/],
    ['a file outside modules/', { 'module.yaml': 'x' }, /inside modules\/<module-slug>\//],
    ['an unexpected file', { 'modules/a/module.yaml': 'x', 'modules/a/run.sh': 'x' }, /holds module.yaml, quiz.yaml/],
    ['a video', { 'modules/a/module.yaml': 'x', 'modules/a/lectures/talk.mp4': 'x' }, /holds module.yaml/],
    ['two modules', { 'modules/a/module.yaml': 'x', 'modules/b/module.yaml': 'x' }, /one module, but this one has 2: a, b/],
    ['no module', {}, /holds no module/],
  ])('refuses %s', (_name, files, message) => {
    const result = unpackModuleZip(zip(files));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.message).join('\n')).toMatch(message);
  });

  it('refuses something that is not a zip', () => {
    expect(unpackModuleZip(strToU8('not a zip at all'))).toEqual({
      ok: false,
      errors: [{ file: 'package', line: null, message: 'the file is not a readable zip archive' }],
    });
  });

  it('refuses a zip bomb by its declared size, before decompressing it', () => {
    const bomb = zip({ 'modules/a/module.yaml': 'x', 'modules/a/lessons/big.md': new Uint8Array(3 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(20_000);
    const result = unpackModuleZip(bomb, { maxTotalBytes: 1024 * 1024, maxFiles: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/take 3 MB uncompressed; the limit is 1 MB/);
  });

  it('never decompresses past a size the archive understates', () => {
    const honest = zip({ 'modules/a/module.yaml': 'slug: a\n' + 'x'.repeat(1000) });
    // The central directory's uncompressed size of the only entry, lowered to 10 bytes.
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    const central = lying.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 10, true);
    const result = unpackModuleZip(lying);
    expect(result.ok && result.files.get('modules/a/module.yaml')?.length).toBe(10);
  });

  it('refuses too many files', () => {
    const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`modules/a/lessons/${i}.md`, 'x']));
    const result = unpackModuleZip(zip(files), { maxTotalBytes: 1024, maxFiles: 3 });
    expect(!result.ok && result.errors[0]?.message).toBe('the package holds 4 files; the limit is 3');
  });
});

describe('packZip', () => {
  it('writes text files that unpack to the same text', () => {
    const result = unpackModuleZip(packZip({ 'modules/a/module.yaml': 'slug: a\ntitle: Ā\n' }));
    expect(result.ok && new TextDecoder().decode(result.files.get('modules/a/module.yaml'))).toBe('slug: a\ntitle: Ā\n');
  });
});
