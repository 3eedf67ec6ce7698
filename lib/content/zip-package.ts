import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { ContentError } from './types';

/** Limits on an uploaded package, so a small zip cannot expand into something huge. */
export interface PackageLimits {
  /** The largest total of the files' uncompressed sizes. */
  maxTotalBytes: number;
  maxFiles: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxTotalBytes: 50 * 1024 * 1024, maxFiles: 500 };

export type UnpackResult = { ok: true; slug: string; files: Map<string, Uint8Array> } | { ok: false; errors: ContentError[] };

/** The files a module folder may hold, relative to it. */
// Translations sit beside the English files as `module.<locale>.yaml` and `quiz.<locale>.yaml`.
const ALLOWED = [/^module(\.[A-Za-z-]+)?\.yaml$/, /^quiz(\.[A-Za-z-]+)?\.yaml$/, /^lessons\/[A-Za-z0-9._-]+\.md$/, /^lectures\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\.vtt$/];
/** What archivers add on their own; skipped, never extracted. */
const IGNORED = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/;

/** Why an entry name is unsafe to extract (zip-slip), or null when it is a plain relative path. */
export function unsafePath(name: string): string | null {
  if (name.includes('\0')) return 'the path contains a NUL character';
  if (name.includes('\\')) return 'the path contains a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'the path is absolute';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '..')) return 'the path climbs out of the package with ".."';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'the path has an empty or "." segment';
  return null;
}

/**
 * Reads a module package: a zip holding `modules/<slug>/…` in the content/
 * format. Entries with unsafe paths, files a module folder cannot hold, more
 * than one module, and archives whose declared sizes exceed the limits are
 * refused before anything is decompressed; decompression never writes past a
 * file's declared size. Nothing touches the disk.
 */
export function unpackModuleZip(bytes: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): UnpackResult {
  const errors: ContentError[] = [];
  const slugs = new Set<string>();
  let total = 0;
  let count = 0;
  const fail = (file: string, message: string): false => {
    errors.push({ file, line: null, message });
    return false;
  };
  const keep = (name: string, originalSize: number): boolean => {
    if (IGNORED.test(name) || name.endsWith('/')) return false;
    const unsafe = unsafePath(name);
    if (unsafe) return fail(name, unsafe);
    const match = /^modules\/([^/]+)\/(.+)$/.exec(name);
    if (!match) return fail(name, 'every file must be inside modules/<module-slug>/');
    const [, slug = '', inside = ''] = match;
    slugs.add(slug);
    if (!ALLOWED.some((pattern) => pattern.test(inside))) {
      return fail(name, 'a module package holds module.yaml, quiz.yaml, lessons/*.md and lectures/*.vtt (and their translations) only');
    }
    total += originalSize;
    count += 1;
    return true;
  };
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, { filter: (file) => keep(file.name, file.originalSize) && total <= limits.maxTotalBytes && count <= limits.maxFiles });
  } catch {
    return { ok: false, errors: [{ file: 'package', line: null, message: 'the file is not a readable zip archive' }] };
  }
  const mb = (value: number) => `${Math.round((value / 1024 / 1024) * 10) / 10} MB`;
  if (total > limits.maxTotalBytes) fail('package', `the files would take ${mb(total)} uncompressed; the limit is ${mb(limits.maxTotalBytes)}`);
  if (count > limits.maxFiles) fail('package', `the package holds ${count} files; the limit is ${limits.maxFiles}`);
  if (slugs.size > 1) fail('package', `a package holds one module, but this one has ${slugs.size}: ${[...slugs].sort().join(', ')}`);
  const [slug] = [...slugs];
  if (errors.length === 0 && slug === undefined) fail('package', 'the package holds no module: expected modules/<module-slug>/module.yaml');
  if (errors.length > 0 || slug === undefined) return { ok: false, errors };
  return { ok: true, slug, files: new Map(Object.entries(entries)) };
}

/** A zip of text files, for downloads. */
export function packZip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 6 });
}
