'use server';

import { completeSetPassword, findSetPasswordAccount } from '@/db/queries/set-password';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { hashPassword } from '@/lib/auth/password';
import { hashSetPasswordToken, isWellFormedToken, setPasswordTokenState } from '@/lib/domain/set-password-token';
import { setPasswordSchema } from '@/lib/validation/cohorts';

/**
 * Sets the password of the account a one-time link belongs to. Public: the
 * token is the credential. It is checked again here and spent in the same
 * statement that stores the password, so it works exactly once. A refused
 * link is an error whose key is `state.<expired|invalid>`.
 */
export const setPasswordAction = formAction(
  'public',
  setPasswordSchema,
  async (input) => {
    if (!isWellFormedToken(input.token)) return failed('state.invalid');
    const tokenHash = hashSetPasswordToken(input.token);
    const now = new Date();
    const account = findSetPasswordAccount(tokenHash);
    const state = setPasswordTokenState(account, now);
    if (state !== 'valid' || !account) return failed(`state.${state === 'valid' ? 'invalid' : state}`);
    const stored = completeSetPassword(tokenHash, await hashPassword(input.password), now);
    return stored ? ok({ email: account.email }) : failed('state.invalid');
  },
  { secret: ['token'] },
);
