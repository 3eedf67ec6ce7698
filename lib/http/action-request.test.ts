import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { ACTION_BODY_LIMIT_MB, checkActionRequest } from './action-request';

beforeAll(() => {
  vi.stubEnv('NEXTAUTH_SECRET', 'action-test-secret-0123456789-0123456789');
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
});

const post = (headers: Record<string, string>) =>
  new Request('http://localhost:3000/manage/cohorts/1/enrol', { method: 'POST', headers: { host: 'localhost:3000', ...headers } });

function refusal(request: Request): AppError | null {
  try {
    checkActionRequest(request);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('checkActionRequest', () => {
  it('answers 403 for a server action posted from another origin (Next alone answers 500)', () => {
    expect(refusal(post({ origin: 'https://evil.test', 'next-action': 'abc' }))).toMatchObject({ status: 403, code: 'forbidden:origin' });
  });

  it('answers 413 naming the size and the limit for a 7 MB form', () => {
    const error = refusal(post({ origin: 'http://localhost:3000', 'content-length': String(7 * 1024 * 1024) }));
    expect(error).toMatchObject({ status: 413, message: `The form is 7 MB; the limit is ${ACTION_BODY_LIMIT_MB} MB.` });
  });

  it('answers 400 for a Content-Length that is not a number', () => {
    expect(refusal(post({ 'content-length': '1e9' }))).toMatchObject({ status: 400 });
  });

  it('lets a same-origin form within the limit through', () => {
    expect(refusal(post({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', 'content-length': '5000' }))).toBeNull();
  });

  it('uses the limit next.config.ts gives Next', () => {
    const config = readFileSync(join(__dirname, '..', '..', 'next.config.ts'), 'utf8');
    expect(config).toMatch(new RegExp(`bodySizeLimit: '${ACTION_BODY_LIMIT_MB}mb'`));
  });
});
