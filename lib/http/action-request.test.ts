import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { ACTION_BODY_LIMIT_MB, checkActionRequest } from './action-request';

beforeAll(() => {
  vi.stubEnv('NEXTAUTH_SECRET', 'action-test-secret-0123456789-0123456789');
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
});

const url = 'http://localhost:3000/manage/cohorts/1/enrol';
const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request(url, { method: 'POST', headers: { host: 'localhost:3000', ...headers }, body });

/** A fetch-action request as React sends it: multipart, arguments in field "0". */
function actionPost(fields: Record<string, string>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Request(url, { method: 'POST', body: form });
  return new Request(encoded, {
    headers: { host: 'localhost:3000', 'next-action': 'a'.repeat(42), 'content-type': encoded.headers.get('content-type') ?? '' },
  });
}

async function refusal(request: Request): Promise<AppError | null> {
  try {
    await checkActionRequest(request);
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('checkActionRequest', () => {
  it('answers 403 for a server action posted from another origin (Next alone answers 500)', async () => {
    expect(await refusal(post({ origin: 'https://evil.test', 'next-action': 'abc' }))).toMatchObject({
      status: 403,
      code: 'forbidden:origin',
    });
  });

  it('answers 413 naming the size and the limit for a 7 MB form', async () => {
    const error = await refusal(post({ origin: 'http://localhost:3000', 'content-length': String(7 * 1024 * 1024) }));
    expect(error).toMatchObject({ status: 413, message: `The form is 7 MB; the limit is ${ACTION_BODY_LIMIT_MB} MB.` });
  });

  it('answers 400 for a Content-Length that is not a number', async () => {
    expect(await refusal(post({ 'content-length': '1e9' }))).toMatchObject({ status: 400 });
  });

  it('lets a same-origin form within the limit through', async () => {
    expect(await refusal(post({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', 'content-length': '5000' }))).toBeNull();
  });

  it('counts a body sent without Content-Length', async () => {
    const big = new Uint8Array(ACTION_BODY_LIMIT_MB * 1024 * 1024 + 10);
    const request = new Request(url, {
      method: 'POST',
      headers: { host: 'localhost:3000', 'content-type': 'multipart/form-data; boundary=x' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(big), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(await refusal(request)).toMatchObject({ status: 413 });
  });

  it.each([
    ['a text body', post({ 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }, 'not json')],
    [
      'a multipart body that does not parse',
      post({ 'next-action': 'abc', 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\ngarbage'),
    ],
    ['arguments that are not JSON', actionPost({ '0': '["$K1", ' })],
    ['arguments that are not a list', actionPost({ '0': '{"a":1}' })],
    ['no arguments at all', actionPost({ name: 'x' })],
    [
      'bound arguments of a form posted without JavaScript that are not JSON',
      post(
        {},
        (() => {
          const form = new FormData();
          form.set('$ACTION_REF_1', '');
          form.set('$ACTION_1:0', '{"id":');
          return form;
        })(),
      ),
    ],
  ])('answers 400 for %s', async (_name, request) => {
    expect(await refusal(request)).toMatchObject({ status: 400, code: 'invalid:action' });
  });

  it('lets well-formed action arguments through (formAction itself refuses ones that are not a form)', async () => {
    expect(await refusal(actionPost({ '0': '["$K1", "x"]', '1_name': 'Ada' }))).toBeNull();
  });

  it('uses the limit next.config.ts gives Next', () => {
    const config = readFileSync(join(__dirname, '..', '..', 'next.config.ts'), 'utf8');
    expect(config).toMatch(new RegExp(`bodySizeLimit: '${ACTION_BODY_LIMIT_MB}mb'`));
  });
});
