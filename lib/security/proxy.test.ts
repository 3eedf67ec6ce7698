import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const call = (path: string, cookie?: string) =>
  proxy(new NextRequest(new URL(path, 'http://localhost:3000'), { headers: cookie ? { cookie } : {} }));

describe('proxy', () => {
  it.each(['/verify/%', '/set-password/%', '/api/certificates/%', '/verify/%E0%A4%A'])('answers 400 for the broken encoding in %s', async (path) => {
    expect((await call(path)).status).toBe(400);
  });

  it('gives a page a Content-Security-Policy whose nonce is passed on to the render', async () => {
    const response = await call('/sign-in');
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('uses a new nonce for every response', async () => {
    expect((await call('/')).headers.get('content-security-policy')).not.toBe((await call('/')).headers.get('content-security-policy'));
  });

  it('leaves API routes alone', async () => {
    expect((await call('/api/me')).headers.get('content-security-policy')).toBeNull();
  });

  it('still sends a visitor without a session cookie from a protected page to sign-in', async () => {
    const response = await call('/learn?x=1');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/sign-in?callbackUrl=%2Flearn%3Fx%3D1');
    expect((await call('/learn', 'next-auth.session-token=abc')).status).toBe(200);
  });
});
