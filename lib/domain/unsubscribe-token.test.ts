import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = 'test-secret-0123456789-0123456789-abcdef';

describe('unsubscribe tokens', () => {
  it('round-trips a kind and the every-kind scope', () => {
    const token = signUnsubscribeToken(secret, { userId: 42, scope: 'followed-thread' });
    expect(token).toMatch(/^42\.followed-thread\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId: 42, scope: 'followed-thread' });
    expect(verifyUnsubscribeToken(secret, signUnsubscribeToken(secret, { userId: 7, scope: 'all' }))).toEqual({ userId: 7, scope: 'all' });
  });

  it('refuses a token for another user or kind carrying a genuine signature', () => {
    const token = signUnsubscribeToken(secret, { userId: 42, scope: 'event' });
    const signaturePart = token.split('.')[2];
    expect(verifyUnsubscribeToken(secret, `43.event.${signaturePart}`)).toBeNull();
    expect(verifyUnsubscribeToken(secret, `42.all.${signaturePart}`)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const token = signUnsubscribeToken('another-secret-0123456789-0123456789', { userId: 42, scope: 'event' });
    expect(verifyUnsubscribeToken(secret, token)).toBeNull();
  });

  it.each(['', 'garbage', '42.event', '42.event.short', '0.event.' + 'a'.repeat(43), '42.party.' + 'a'.repeat(43), '42.event.' + 'a'.repeat(44)])(
    'refuses the malformed token %j',
    (token) => {
      expect(verifyUnsubscribeToken(secret, token)).toBeNull();
    },
  );
});
