import { encode, type JWT } from 'next-auth/jwt';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const jar = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => jar.cookies }) }));
vi.mock('@/lib/env', () => ({ authSecret: () => 'test-secret-0123456789-0123456789' }));
const { readSessionToken } = await import('./session-token');

const token = (claims: Record<string, unknown>, secret = 'test-secret-0123456789-0123456789', maxAge = 60) => encode({ token: claims as unknown as JWT, secret, maxAge });

describe('readSessionToken', () => {
  beforeEach(() => {
    jar.cookies = [];
  });

  it('reads the user id and session version of a token next-auth issued', async () => {
    jar.cookies = [{ name: 'next-auth.session-token', value: await token({ uid: 7, sv: 3, role: 'trainee' }) }];
    expect(await readSessionToken()).toEqual({ id: 7, sessionVersion: 3 });
  });

  it('reads the https cookie name and a token split into chunks', async () => {
    const value = await token({ uid: 8, sv: 0 });
    jar.cookies = [
      { name: '__Secure-next-auth.session-token.1', value: value.slice(40) },
      { name: '__Secure-next-auth.session-token.0', value: value.slice(0, 40) },
    ];
    expect(await readSessionToken()).toEqual({ id: 8, sessionVersion: 0 });
  });

  it('treats no cookie, another secret, an expired or a tampered token as signed out', async () => {
    expect(await readSessionToken()).toBeNull();
    jar.cookies = [{ name: 'next-auth.session-token', value: await token({ uid: 7, sv: 3 }, 'another-secret-0123456789-0123456789') }];
    expect(await readSessionToken()).toBeNull();
    jar.cookies = [{ name: 'next-auth.session-token', value: await token({ uid: 7, sv: 3 }, undefined, -60) }];
    expect(await readSessionToken()).toBeNull();
    const valid = await token({ uid: 7, sv: 3 });
    jar.cookies = [{ name: 'next-auth.session-token', value: `${valid.slice(0, -4)}AAAA` }];
    expect(await readSessionToken()).toBeNull();
  });

  it('stops accepting a remembered token once it expires', async () => {
    const now = Date.now();
    vi.useFakeTimers({ now, toFake: ['Date'] });
    try {
      jar.cookies = [{ name: 'next-auth.session-token', value: await token({ uid: 9, sv: 1 }, undefined, 60) }];
      expect(await readSessionToken()).toEqual({ id: 9, sessionVersion: 1 });
      vi.setSystemTime(now + 30_000);
      expect(await readSessionToken()).toEqual({ id: 9, sessionVersion: 1 });
      // next-auth allows 15 s of clock skew past `exp`.
      vi.setSystemTime(now + 60_000 + 16_000);
      expect(await readSessionToken()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a token without a numeric user id', async () => {
    jar.cookies = [{ name: 'next-auth.session-token', value: await token({ sub: 'x' }) }];
    expect(await readSessionToken()).toBeNull();
  });
});
