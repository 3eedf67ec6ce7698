import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';

/*
 * Discovery and payloads for the no-5xx fuzz spec: every route handler under
 * app/api (read from the file system at test time) and every server action
 * the production build knows (its server-reference manifest).
 */

/** A route handler: its URL template segments and the methods its file exports. */
export interface RouteHandler {
  file: string;
  segments: string[];
  methods: string[];
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === 'route.ts' ? [path] : [];
  });
}

/** Every route handler under app/api except next-auth's own (it has its own CSRF tokens). */
export function discoverRouteHandlers(): RouteHandler[] {
  const root = join('app', 'api');
  return routeFiles(root)
    .map((file) => {
      const source = readFileSync(file, 'utf8');
      const segments = ['api', ...relative(root, file).split(sep).slice(0, -1)];
      return { file, segments, methods: METHODS.filter((method) => new RegExp(`export (async )?function ${method}\\b`).test(source)) };
    })
    .filter((route) => route.segments[1] !== 'auth');
}

/** Values for a dynamic segment: unknown but well formed, malformed, badly percent-encoded, climbing, huge. */
export const segmentValues = ['999999999', '0', 'abc', '%', '%E0%A4%A', '%ZZ', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(3000)];

/** The route's URL with every dynamic segment (and catch-all) set to `value`. */
export function routeUrl(route: RouteHandler, value: string): string {
  return `/${route.segments.map((segment) => (/^\[.*\]$/.test(segment) ? value : segment)).join('/')}`;
}

export const queries = [
  '',
  '?module=%',
  `?module=${'x'.repeat(3000)}`,
  '?kind=video&name=%00',
  '?format=%ZZ&status=nonsense',
  '?kind=nope&name=',
];

/** Bodies for a mutating handler: malformed JSON, bytes that are not UTF-8, wrong types, a broken multipart form. */
export const badBodies: { name: string; data: string | Buffer; contentType: string }[] = [
  { name: 'malformed JSON', data: '{"moduleSlug": ', contentType: 'application/json' },
  { name: 'invalid UTF-8', data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), contentType: 'application/json' },
  {
    name: 'wrong types',
    data: JSON.stringify({ moduleSlug: 1, lessonKey: [], completed: 'yes', questionKey: {}, response: [1], markdown: 5 }),
    contentType: 'application/json',
  },
  { name: 'null', data: 'null', contentType: 'application/json' },
  { name: 'a list', data: '[[[[[]]]]]', contentType: 'application/json' },
  {
    name: 'broken multipart',
    data: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nzz',
    contentType: 'multipart/form-data; boundary=x',
  },
  { name: 'multipart without boundary', data: 'zz', contentType: 'multipart/form-data' },
];

/** A server action from the build: its id and a page it can be posted to. */
export interface ServerAction {
  id: string;
  page: string;
}

/** `app/(manager)/manage/cohorts/[id]/page` → `/manage/cohorts/1`. */
function pageUrl(bundlePath: string): string {
  const parts = bundlePath
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .map((part) => (/^\[.*\]$/.test(part) ? (/slug/.test(part) ? 'why-e-government' : /token/.test(part) ? 'x' : '1') : part));
  return `/${parts.join('/')}`;
}

/** Every server action the production build registered, each with one page that uses it. */
export function discoverServerActions(): ServerAction[] {
  const manifest = join('.next', 'server', 'server-reference-manifest.json');
  if (!existsSync(manifest)) return [];
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { node?: Record<string, { workers?: Record<string, unknown> }> };
  return Object.entries(parsed.node ?? {}).flatMap(([id, action]) => {
    const bundle = Object.keys(action.workers ?? {}).find((path) => path.endsWith('/page'));
    return bundle ? [{ id, page: pageUrl(bundle) }] : [];
  });
}

/** The status of a request, or 0 when the server closed the connection early (a refusal before the body was read). */
export async function statusOf(response: Promise<APIResponse>): Promise<number> {
  try {
    return (await response).status();
  } catch (error) {
    if (error instanceof Error && /ECONNRESET|EPIPE|socket hang up/i.test(error.message)) return 0;
    throw error;
  }
}

/** Sends `method` to `url` and returns the status, never failing on it. */
export function send(
  request: APIRequestContext,
  method: string,
  url: string,
  options: { data?: string | Buffer; headers?: Record<string, string>; multipart?: Record<string, string> } = {},
): Promise<number> {
  return statusOf(request.fetch(url, { method, failOnStatusCode: false, maxRedirects: 0, ...options }));
}
