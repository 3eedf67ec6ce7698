import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { newPasswordSchema } from '@/lib/validation/auth';
import { verifyPassword } from './password';

describe('password byte limit', () => {
  it('refuses a new password over 72 bytes even when it has at most 72 characters', () => {
    const result = newPasswordSchema.safeParse('é'.repeat(72));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['password-too-many-bytes']);
  });

  it('accepts a new password of exactly 72 bytes', () => {
    expect(newPasswordSchema.safeParse('é'.repeat(36)).success).toBe(true);
    expect(newPasswordSchema.safeParse('a'.repeat(72)).success).toBe(true);
  });

  it('never lets a longer text match a hash of its first 72 bytes', async () => {
    // Low cost: only the comparison rule is under test, not the cost factor.
    const hash = await bcrypt.hash('é'.repeat(72), 4);
    expect(await verifyPassword(`${'é'.repeat(36)}anything`, hash)).toBe(false);
    expect(await verifyPassword('é'.repeat(72), hash)).toBe(false);
    const fits = await bcrypt.hash('é'.repeat(36), 4);
    expect(await verifyPassword('é'.repeat(36), fits)).toBe(true);
  });
});
