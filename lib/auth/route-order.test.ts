import { describe, expect, it, vi } from 'vitest';

// Nobody is signed in. Everything else is the real handler, given input that
// is wrong in every way it can be, so a handler that parsed first would answer 400.
vi.mock('@/lib/auth/dal', () => ({ currentUser: async () => null }));

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

const junkJson = { method: 'PUT', body: '{not json', headers: { 'Content-Type': 'application/json' } };

const cases: [string, () => Promise<Record<string, unknown>>, string, RequestInit, Record<string, unknown>][] = [
  ['GET /api/progress (no module named)', () => import('@/app/api/progress/route'), 'GET', {}, {}],
  ['PUT /api/progress', () => import('@/app/api/progress/route'), 'PUT', junkJson, {}],
  ['PUT /api/attempts/:id/answers', () => import('@/app/api/attempts/[id]/answers/route'), 'PUT', junkJson, { id: 'abc' }],
  ['POST /api/attempts/:id/submit', () => import('@/app/api/attempts/[id]/submit/route'), 'POST', {}, { id: 'abc' }],
  ['GET /api/author/banks/:id/gift', () => import('@/app/api/author/banks/[id]/gift/route'), 'GET', {}, { id: 'abc' }],
  [
    'GET /api/author/lessons/:id/media/…',
    () => import('@/app/api/author/lessons/[lessonId]/media/[...path]/route'),
    'GET',
    {},
    { lessonId: 'abc', path: ['..', 'x'] },
  ],
  [
    'PUT /api/author/lessons/:id/uploads',
    () => import('@/app/api/author/lessons/[lessonId]/uploads/route'),
    'PUT',
    { method: 'PUT' },
    { lessonId: 'abc' },
  ],
  ['POST /api/author/markdown', () => import('@/app/api/author/markdown/route'), 'POST', { ...junkJson, method: 'POST' }, {}],
  ['GET /api/author/modules/:id/package', () => import('@/app/api/author/modules/[id]/package/route'), 'GET', {}, { id: 'abc' }],
  [
    'POST /api/author/packages',
    () => import('@/app/api/author/packages/route'),
    'POST',
    { method: 'POST', headers: { 'Content-Length': '999999999' } },
    {},
  ],
  ['GET /api/cohorts/:id/calendar.ics', () => import('@/app/api/cohorts/[id]/calendar.ics/route'), 'GET', {}, { id: 'abc' }],
  ['PUT /api/surveys/:id/response', () => import('@/app/api/surveys/[id]/response/route'), 'PUT', junkJson, { id: 'abc' }],
  ['GET /api/surveys/:id/export', () => import('@/app/api/surveys/[id]/export/route'), 'GET', {}, { id: 'abc' }],
  ['GET /api/cohorts/:id/export', () => import('@/app/api/cohorts/[id]/export/route'), 'GET', {}, { id: 'abc' }],
  [
    'GET /api/cohorts/:id/trainees/:userId/record',
    () => import('@/app/api/cohorts/[id]/trainees/[userId]/record/route'),
    'GET',
    {},
    { id: 'abc', userId: 'x' },
  ],
  ['GET /api/events/:id/ics', () => import('@/app/api/events/[id]/ics/route'), 'GET', {}, { id: 'abc' }],
  ['GET /api/me', () => import('@/app/api/me/route'), 'GET', {}, {}],
  [
    'GET /api/media/…',
    () => import('@/app/api/media/[versionId]/[lessonKey]/[...path]/route'),
    'GET',
    {},
    { versionId: 'x', lessonKey: '', path: ['..'] },
  ],
];

describe('route handlers authorise before they parse', () => {
  it.each(cases)('%s without a session answers 401 JSON', async (_name, load, method, init, params) => {
    const handler = (await load())[method] as Handler;
    const query = method === 'GET' ? '?format=pdf&status=nonsense&country=' : '';
    const response = await handler(new Request(`http://localhost/api/x${query}`, { method, ...init }), { params: Promise.resolve(params) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthenticated:session', message: 'Sign in to continue.' });
  });
});
