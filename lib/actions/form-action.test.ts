import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { formAction } from './form-action';

// The session is the one thing replaced: requirePermission re-reads the user
// from the database and redirects or renders 403 on refusal, like a page.
const session = vi.hoisted(() => ({ user: null as { id: number; role: string } | null, seen: [] as string[] }));
vi.mock('@/lib/auth/guards', () => ({
  requirePermission: async (action: string) => {
    session.seen.push(action);
    if (!session.user) throw new Error('NEXT_REDIRECT /sign-in');
    if (session.user.role !== 'admin') throw new Error('NEXT_HTTP_ERROR_FALLBACK;403');
    return session.user;
  },
}));

const schema = z.object({
  name: z.string().trim().min(1, 'name-required').max(10, 'name-too-long'),
  password: z.string().min(3, 'password-too-short'),
  age: z.coerce.number().int('age-invalid'),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const good = { name: 'Ada', password: 'secret', age: '36' };

beforeEach(() => {
  session.user = { id: 7, role: 'admin' };
  session.seen = [];
});

describe('formAction', () => {
  it('authorises before it parses or runs anything: no session means a sign-in redirect', async () => {
    session.user = null;
    const body = vi.fn();
    const read = vi.fn(() => ({}));
    const action = formAction('users:manage', schema, body, { read });
    await expect(action({ status: 'idle' }, form({}))).rejects.toThrow('NEXT_REDIRECT');
    expect(session.seen).toEqual(['users:manage']);
    expect(read).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
  });

  it('refuses a role without the permission before reading the form', async () => {
    session.user = { id: 8, role: 'trainee' };
    const body = vi.fn();
    await expect(formAction('users:manage', schema, body)({ status: 'idle' }, form({ name: '' }))).rejects.toThrow('403');
    expect(body).not.toHaveBeenCalled();
  });

  it('turns zod issues into the first error of each field and echoes what was typed, never a password', async () => {
    const body = vi.fn();
    const state = await formAction('users:manage', schema, body)({ status: 'idle' }, form({ name: '  ', password: 'x', age: '1.5' }));
    expect(body).not.toHaveBeenCalled();
    expect(state).toEqual({
      status: 'invalid',
      fieldErrors: {
        name: { key: 'name-required', values: { value: '' } },
        password: { key: 'password-too-short' },
        age: { key: 'age-invalid', values: { value: '1.5' } },
      },
      values: { name: '  ', age: '1.5' },
    });
  });

  it('reads absent fields as empty text and names a library default message "invalid"', async () => {
    const state = await formAction('users:manage', z.object({ id: z.coerce.number().positive() }), vi.fn())({ status: 'idle' }, form({}));
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: { id: { key: 'invalid' } }, values: { id: '' } });
  });

  it('answers a whole-form error instead when asked to', async () => {
    const state = await formAction('users:manage', schema, vi.fn(), { invalidKey: 'stale-form' })({ status: 'idle' }, form({}));
    expect(state).toEqual({ status: 'error', message: { key: 'stale-form' }, values: { name: '', age: '' } });
  });

  it('runs the body with the parsed input and the session user, never a user id from the form', async () => {
    const body = vi.fn((input: z.output<typeof schema>, { user }: { user: { id: number } }) => ({
      status: 'ok' as const,
      data: { who: user.id, age: input.age },
    }));
    const state = await formAction('users:manage', schema, body)({ status: 'idle' }, form({ ...good, userId: '99' }));
    expect(state).toEqual({ status: 'ok', data: { who: 7, age: 36 } });
  });

  it('maps an AppError to a catalog key: by code, then by kind, else the kind itself', async () => {
    const throwing = (code: `${'not-found' | 'forbidden' | 'conflict'}:${string}`) =>
      formAction(
        'users:manage',
        schema,
        () => {
          throw new AppError(code, 'English for the logs');
        },
        { errors: { 'not-found:quiz': 'quiz-gone', forbidden: 'owner-only' } },
      );
    expect(await throwing('not-found:quiz')({ status: 'idle' }, form(good))).toEqual({
      status: 'error',
      message: { key: 'quiz-gone' },
      values: { name: 'Ada', age: '36' },
    });
    expect(await throwing('forbidden:module')({ status: 'idle' }, form(good))).toMatchObject({ message: { key: 'owner-only' } });
    expect(await throwing('conflict:attempt-limit')({ status: 'idle' }, form(good))).toMatchObject({ message: { key: 'conflict' } });
  });

  it('lets anything else through, such as the redirect that ends a successful create', async () => {
    const action = formAction('users:manage', schema, () => {
      throw new Error('NEXT_REDIRECT /somewhere');
    });
    await expect(action({ status: 'idle' }, form(good))).rejects.toThrow('NEXT_REDIRECT');
  });

  it('runs a public action without a session, keeping named secrets out of the echo', async () => {
    session.user = null;
    const tokenSchema = z.object({ token: z.string().min(5, 'link-invalid'), note: z.string() });
    const state = await formAction('public', tokenSchema, vi.fn(), { secret: ['token'] })(
      { status: 'idle' },
      form({ token: 'abc', note: 'hi' }),
    );
    expect(session.seen).toEqual([]);
    expect(state).toMatchObject({ status: 'invalid', values: { note: 'hi' } });
    expect(JSON.stringify(state)).not.toContain('"abc"');
  });

  it('refuses, when the module loads, a schema it cannot read without a reader', () => {
    expect(() => formAction('users:manage', z.string(), vi.fn())).toThrow('give `read`');
  });
});

describe('formAction with malformed arguments', () => {
  // A forged Next-Action request can decode to any arguments at all.
  it.each([
    ['a string', 'name=Ada'],
    ['nothing', undefined],
    ['a plain object', { name: 'Ada' }],
  ])('answers 404 for %s instead of a form, before running anything', async (_name, argument) => {
    const body = vi.fn();
    const action = formAction('public', schema, body) as (previous: unknown, form: unknown) => Promise<unknown>;
    await expect(action({ status: 'idle' }, argument)).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(body).not.toHaveBeenCalled();
  });

  it('still authorises first for a protected action', async () => {
    session.user = null;
    const action = formAction('users:manage', schema, vi.fn()) as (previous: unknown, form: unknown) => Promise<unknown>;
    await expect(action(null, 42)).rejects.toThrow('NEXT_REDIRECT');
  });
});

describe('formAction when another process holds the database write lock', () => {
  const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

  it('waits without blocking and runs the body again', async () => {
    const body = vi.fn().mockImplementationOnce(() => {
      throw busy();
    });
    body.mockImplementationOnce(() => ({ status: 'ok', data: null }));
    expect(await formAction('users:manage', schema, body)({ status: 'idle' }, form(good))).toEqual({ status: 'ok', data: null });
    expect(body).toHaveBeenCalledTimes(2);
  });

  it('gives up after a few tries and lets the error through', async () => {
    vi.useFakeTimers();
    try {
      const body = vi.fn(() => {
        throw busy();
      });
      const outcome = formAction('users:manage', schema, body)({ status: 'idle' }, form(good)).catch((error: unknown) => error);
      await vi.runAllTimersAsync();
      expect(await outcome).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(body.mock.calls.length).toBeGreaterThan(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
