import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { formatBytes, readBodyBytes, readFormBody, readJsonBody } from './body';

/** A chunked body (no Content-Length) of `chunks` chunks, counting how many were pulled. */
function chunked(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  const request = new Request('http://app.test/api/x', { method: 'PUT', body: stream, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

const put = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://app.test/api/x', { method: 'PUT', body, headers });

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const { status, code, message } = error as AppError;
  return { status, code, message };
}

const schema = z.object({ done: z.boolean() });

describe('readBodyBytes', () => {
  it('refuses a declared Content-Length over the cap before reading anything, naming the limit', async () => {
    const { request, pulled } = chunked(10, 1024);
    const withLength = new Request(request, { headers: { 'content-length': String(300 * 1024 * 1024) } });
    expect(await refusal(readBodyBytes(withLength, 64 * 1024))).toMatchObject({ status: 413, message: expect.stringContaining('64 KB') });
    // The stream may queue a chunk ahead (its high-water mark); the body is never read through.
    expect(pulled()).toBeLessThanOrEqual(2);
  });

  it('cuts a chunked body off at the cap without pulling the rest', async () => {
    const { request, pulled } = chunked(10_000, 64 * 1024);
    expect(await refusal(readBodyBytes(request, 1024 * 1024))).toMatchObject({ status: 413, code: 'too-large:body' });
    expect(pulled()).toBeLessThan(40);
  });

  it('refuses a Content-Length that is not a number with 400', async () => {
    expect(await refusal(readBodyBytes(put('{}', { 'content-length': 'lots' }), 100))).toMatchObject({ status: 400 });
  });

  it('returns a body within the cap whole', async () => {
    expect(new TextDecoder().decode(await readBodyBytes(put('hello'), 5))).toBe('hello');
  });
});

describe('readJsonBody', () => {
  it.each([
    ['not JSON', put('{"done":'), 'invalid:json'],
    ['bytes that are not UTF-8', put(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'invalid:encoding'],
    ['the wrong type', put('{"done":"yes"}'), 'invalid:input'],
    ['an empty body', put(''), 'invalid:json'],
  ])('answers 400 for %s', async (_name, request, code) => {
    expect(await refusal(readJsonBody(request, { schema }))).toMatchObject({ status: 400, code });
  });

  it('answers 413 past its cap', async () => {
    expect(await refusal(readJsonBody(put(JSON.stringify({ done: true, pad: 'x'.repeat(200) })), { schema, maxBytes: 100 }))).toMatchObject(
      {
        status: 413,
      },
    );
  });

  it('returns the parsed value', async () => {
    expect(await readJsonBody(put('{"done":true}'), { schema })).toEqual({ done: true });
  });
});

describe('readFormBody', () => {
  it('parses a multipart form within the cap', async () => {
    const form = new FormData();
    form.set('file', new File(['zip'], 'a.zip'));
    const request = new Request('http://app.test/api/x', { method: 'POST', body: form });
    const read = await readFormBody(request, 1024);
    expect(read.get('file')).toBeInstanceOf(File);
  });

  it('refuses another content type with 415 and a malformed form with 400', async () => {
    expect(await refusal(readFormBody(put('{}', { 'content-type': 'application/json' }), 1024))).toMatchObject({ status: 415 });
    const broken = put('--x\r\nnonsense', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(await refusal(readFormBody(broken, 1024))).toMatchObject({ status: 400, code: 'invalid:form' });
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 bytes'],
    [64 * 1024, '64 KB'],
    [20 * 1024 * 1024, '20 MB'],
  ])('%i is %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
