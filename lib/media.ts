import 'server-only';
import { statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { env } from '@/lib/env';

const contentTypes: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type a lesson file is served with. */
export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A file inside `root`, or null when `relative` would escape it. */
function inside(root: string, relative: string): string | null {
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : null;
}

/**
 * Where a module's media file lives on disk: the content tree for imported
 * modules, the uploads folder for files added in the browser. Null when absent.
 */
export function findModuleFile(moduleSlug: string, relative: string): { path: string; size: number } | null {
  const roots = [resolve('content/modules', moduleSlug), resolve(env().UPLOADS_DIR, 'modules', moduleSlug)];
  for (const root of roots) {
    const path = inside(root, relative);
    const stats = path ? statSync(path, { throwIfNoEntry: false }) : undefined;
    if (path && stats?.isFile()) return { path, size: stats.size };
  }
  return null;
}
