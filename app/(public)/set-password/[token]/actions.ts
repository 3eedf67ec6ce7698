'use server';

import { completeSetPassword, findSetPasswordAccount } from '@/db/queries/set-password';
import { hashPassword } from '@/lib/auth/password';
import { hashSetPasswordToken, isWellFormedToken, setPasswordTokenState, type TokenState } from '@/lib/domain/set-password-token';
import { fieldErrorsOf, setPasswordSchema } from '@/lib/validation/cohorts';

export type SetPasswordState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string> }
  | { status: 'link'; state: Exclude<TokenState, 'valid'> }
  | { status: 'done'; email: string };

/**
 * Sets the password of the account a one-time link belongs to. Public: the
 * token is the credential. It is checked again here and spent in the same
 * statement that stores the password, so it works exactly once.
 */
export async function setPasswordAction(_prev: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  const input = setPasswordSchema.safeParse({ token: form.get('token'), password: form.get('password'), confirm: form.get('confirm') });
  if (!input.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues) };
  if (!isWellFormedToken(input.data.token)) return { status: 'link', state: 'invalid' };
  const tokenHash = hashSetPasswordToken(input.data.token);
  const now = new Date();
  const account = findSetPasswordAccount(tokenHash);
  const state = setPasswordTokenState(account, now);
  if (state !== 'valid' || !account) return { status: 'link', state: state === 'valid' ? 'invalid' : state };
  const stored = completeSetPassword(tokenHash, await hashPassword(input.data.password), now);
  return stored ? { status: 'done', email: account.email } : { status: 'link', state: 'invalid' };
}
