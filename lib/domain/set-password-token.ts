/**
 * One-time set-password links for accounts created by a programme manager.
 * The token is 32 random bytes shown once in the link; only its SHA-256 is
 * stored, so a copy of the database cannot be turned into working links.
 */
import { createHash, randomBytes } from 'node:crypto';

export const SET_PASSWORD_TOKEN_BYTES = 32;
export const SET_PASSWORD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** 32 bytes in base64url: 43 characters, no padding. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  /** Goes into the link, never into the database. */
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** SHA-256 of a token, hex: what is stored and looked up. */
export function hashSetPasswordToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh token, valid for seven days from `now`. `random` is injectable for tests. */
export function issueSetPasswordToken(now: Date, random: (size: number) => Uint8Array = randomBytes): IssuedToken {
  const bytes = random(SET_PASSWORD_TOKEN_BYTES);
  if (bytes.length !== SET_PASSWORD_TOKEN_BYTES) throw new Error(`A set-password token needs ${SET_PASSWORD_TOKEN_BYTES} random bytes.`);
  const token = Buffer.from(bytes).toString('base64url');
  return { token, tokenHash: hashSetPasswordToken(token), expiresAt: new Date(now.getTime() + SET_PASSWORD_TTL_MS) };
}

/** Whether a string from a URL can be a token at all (checked before any lookup). */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_FORMAT.test(value);
}

/** What the holder of a link may do: 'invalid' covers unknown and already used links alike. */
export type TokenState = 'valid' | 'expired' | 'invalid';

/** The state of the account a token hash was found on (null: no account has it). */
export function setPasswordTokenState(account: { active: boolean; expiresAt: Date | null } | null, now: Date): TokenState {
  if (!account || !account.active || !account.expiresAt) return 'invalid';
  return account.expiresAt.getTime() > now.getTime() ? 'valid' : 'expired';
}
