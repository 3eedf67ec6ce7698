import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY } from './csp';

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy('abc123');

  it('allows scripts only from our origin or with the nonce, and never eval in production', () => {
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'nonce-abc123'");
  });

  it('allows eval for the development server only', () => {
    expect(directive(contentSecurityPolicy('n', true), 'script-src')).toContain("'unsafe-eval'");
  });

  it('forbids plugins, framing, foreign form targets and base changes', () => {
    for (const expected of ["object-src 'none'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "default-src 'self'"]) {
      expect(policy.split('; ')).toContain(expected);
    }
  });
});

describe('newNonce', () => {
  it('is fresh each time and safe inside a header', () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('PERMISSIONS_POLICY', () => {
  it('switches off camera, microphone and location', () => {
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(PERMISSIONS_POLICY).toContain(feature);
  });
});
