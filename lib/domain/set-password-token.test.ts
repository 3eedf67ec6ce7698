import { describe, expect, it } from 'vitest';
import {
  hashSetPasswordToken,
  isWellFormedToken,
  issueSetPasswordToken,
  SET_PASSWORD_TTL_MS,
  setPasswordTokenState,
} from './set-password-token';

const now = new Date('2026-09-01T08:00:00Z');

describe('issueSetPasswordToken', () => {
  it('encodes 32 random bytes as a 43-character base64url token and stores only its SHA-256', () => {
    const issued = issueSetPasswordToken(now, () => new Uint8Array(32).fill(255));
    expect(issued.token).toBe('_'.repeat(42) + '8');
    expect(issued.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.tokenHash).toBe(hashSetPasswordToken(issued.token));
    expect(issued.tokenHash).not.toContain(issued.token);
    expect(isWellFormedToken(issued.token)).toBe(true);
  });

  it('expires seven days later', () => {
    expect(issueSetPasswordToken(now).expiresAt.toISOString()).toBe('2026-09-08T08:00:00.000Z');
    expect(SET_PASSWORD_TTL_MS).toBe(604_800_000);
  });

  it('gives a different token every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => issueSetPasswordToken(now).token));
    expect(tokens.size).toBe(50);
  });

  it('refuses a random source of the wrong size', () => expect(() => issueSetPasswordToken(now, () => new Uint8Array(16))).toThrow());
});

describe('hashSetPasswordToken', () => {
  it('is the SHA-256 hex digest', () =>
    expect(hashSetPasswordToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
});

describe('isWellFormedToken', () => {
  it.each([
    ['A'.repeat(43), true],
    ['a-b_c'.padEnd(43, 'x'), true],
    ['A'.repeat(42), false],
    ['A'.repeat(44), false],
    ['A'.repeat(42) + '=', false],
    ['A'.repeat(42) + '/', false],
    ['', false],
  ])('%j → %s', (value, expected) => expect(isWellFormedToken(value)).toBe(expected));
});

describe('setPasswordTokenState', () => {
  const later = (ms: number) => new Date(now.getTime() + ms);
  it.each([
    ['an unknown or already used token', null, 'invalid'],
    ['a live token', { active: true, expiresAt: later(1) }, 'valid'],
    ['a token at its expiry instant', { active: true, expiresAt: now }, 'expired'],
    ['an expired token', { active: true, expiresAt: later(-1) }, 'expired'],
    ['a token of a deactivated account', { active: false, expiresAt: later(60_000) }, 'invalid'],
    ['an account without expiry', { active: true, expiresAt: null }, 'invalid'],
  ] as const)('%s → %s', (_name, account, state) => expect(setPasswordTokenState(account, now)).toBe(state));
});
