import { describe, expect, it } from 'vitest';
import { changePasswordSchema } from './auth';

const errorsOf = (input: Record<string, unknown>) => {
  const result = changePasswordSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe('changePasswordSchema', () => {
  const good = 'A-Long-New-Password';
  it.each([
    ['a valid change', { current: 'old-password', password: good, confirm: good }, {}],
    ['no current password', { current: '', password: good, confirm: good }, { current: 'current-required' }],
    ['a short new password', { current: 'old', password: 'short', confirm: 'short' }, { password: 'password-too-short' }],
    ['72 characters but 144 bytes', { current: 'old', password: 'é'.repeat(72), confirm: 'é'.repeat(72) }, { password: 'password-too-many-bytes' }],
    ['a confirmation that differs', { current: 'old', password: good, confirm: `${good}!` }, { confirm: 'password-mismatch' }],
    ['the same password again', { current: good, password: good, confirm: good }, { password: 'password-unchanged' }],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });
});
