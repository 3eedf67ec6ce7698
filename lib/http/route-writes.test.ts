import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// An administrator is signed in, so every role check passes and what is left
// is the origin and body checks that come next, before any database read.
// `signedIn` turns the session off for the authorisation-first cases.
let signedIn = true;
vi.mock('@/lib/auth/dal', () => ({
  currentUser: async () => (signedIn ? { id: 1, email: 'admin@example.org', name: 'Admin', role: 'admin', active: true, preferredLanguage: 'en' } : null),
}));

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

const apiRoot = join(__dirname, '..', '..', 'app', 'api');
const mutating = ['POST', 'PUT', 'PATCH', 'DELETE'];

/** Every route.ts under app/api, except next-auth's own (it has CSRF tokens). */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'auth' ? [] : routeFiles(path);
    return entry.name === 'route.ts' ? [path] : [];
  });
}

/** [route file, method] for each mutating handler, read from the source so a new one cannot be missed. */
const writes = routeFiles(apiRoot).flatMap((file) =>
  mutating
    .filter((method) => new RegExp(`export async function ${method}\\b`).test(readFileSync(file, 'utf8')))
    .map((method) => [relative(apiRoot, file), method] as const),
);

const routes = import.meta.glob('/app/api/**/route.ts');
const params = Promise.resolve({ id: '1', lessonId: '1' });

async function call(file: string, method: string, init: RequestInit & { headers?: Record<string, string> }): Promise<Response> {
  const load = routes[`/app/api/${file}`];
  if (!load) throw new Error(`not found: ${file}`);
  const handler = ((await load()) as Record<string, Handler>)[method];
  if (!handler) throw new Error(`${file} has no ${method}`);
  return handler(new Request('http://localhost:3000/api/x?kind=video&name=a.mp4', { method, ...init }), { params });
}

beforeAll(() => {
  vi.stubEnv('NEXTAUTH_SECRET', 'route-test-secret-0123456789-0123456789');
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  vi.stubEnv('DATABASE_PATH', ':memory:');
});

describe('mutating route handlers', () => {
  it('are found', () => {
    expect(writes.length).toBeGreaterThanOrEqual(6);
  });

  it.each(writes)('%s %s refuses a request sent from another origin of the site with 403', async (file, method) => {
    const response = await call(file, method, {
      body: '{}',
      headers: {
        host: 'localhost:3000',
        origin: 'https://forum.localhost:3000',
        'sec-fetch-site': 'same-site',
        'content-type': 'application/json',
      },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden:origin' });
  });

  it.each(writes)('%s %s answers 401 to a foreign, oversize request without a session: authorisation comes first', async (file, method) => {
    signedIn = false;
    try {
      const response = await call(file, method, {
        body: new ReadableStream({ pull: () => undefined }),
        duplex: 'half',
        headers: { host: 'localhost:3000', origin: 'https://evil.test', 'content-length': String(2 * 1024 * 1024 * 1024), 'content-type': 'application/json' },
      } as RequestInit & { headers: Record<string, string> });
      expect(response.status).toBe(401);
    } finally {
      signedIn = true;
    }
  });

  it.each(writes)('%s %s answers 413 for a declared 2 GB body without reading it', async (file, method) => {
    const body = new ReadableStream({ pull: () => undefined });
    const response = await call(file, method, {
      body,
      duplex: 'half',
      headers: {
        host: 'localhost:3000',
        'sec-fetch-site': 'same-origin',
        'content-length': String(2 * 1024 * 1024 * 1024),
        'content-type': 'multipart/form-data; boundary=x',
      },
    } as RequestInit & { headers: Record<string, string> });
    expect(response.status).toBe(413);
  });
});

/** Handlers that read a body before any database lookup, so every malformed body must be refused by the reader. */
const bodyReaders = [
  ['progress/route.ts', 'PUT'],
  ['attempts/[id]/answers/route.ts', 'PUT'],
  ['author/markdown/route.ts', 'POST'],
  ['author/packages/route.ts', 'POST'],
  ['surveys/[id]/response/route.ts', 'PUT'],
] as const;

const malformedBodies: [string, BodyInit, string][] = [
  ['malformed JSON', '{"moduleSlug": ', 'application/json'],
  ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'application/json'],
  [
    'wrong types',
    JSON.stringify({ moduleSlug: 1, lessonKey: [], completed: 'yes', questionKey: {}, response: [1], markdown: 5 }),
    'application/json',
  ],
  ['null', 'null', 'application/json'],
  ['an empty body', '', 'application/json'],
  ['a broken multipart form', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nzz', 'multipart/form-data; boundary=x'],
  ['a form without a boundary', 'zz', 'multipart/form-data'],
];

describe('handlers that read a body', () => {
  const cases = bodyReaders.flatMap(([file, method]) =>
    malformedBodies.map(([name, body, type]) => [file, method, name, body, type] as const),
  );
  it.each(cases)('%s %s answers 4xx for %s', async (file, method, _name, body, type) => {
    const response = await call(file, method, {
      body,
      headers: { host: 'localhost:3000', 'sec-fetch-site': 'same-origin', 'content-type': type },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
