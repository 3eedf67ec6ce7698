'use server';

import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { unsubscribe } from '@/lib/commands/notification-preferences';
import { verifyUnsubscribeToken } from '@/lib/domain/unsubscribe-token';
import { authSecret } from '@/lib/env';
import { unsubscribeSchema } from '@/lib/validation/notifications';

/**
 * Confirms an unsubscribe link: public, since the signed token in the form is
 * the credential. A forged or altered token, or one whose account is gone,
 * changes nothing.
 */
export const unsubscribeAction = formAction(
  'public',
  unsubscribeSchema,
  (input) => {
    const claim = verifyUnsubscribeToken(authSecret(), input.token);
    if (!claim || !unsubscribe(claim, new Date())) return failed('unsubscribe.invalid');
    return ok(null, 'unsubscribe.done');
  },
  { invalidKey: 'unsubscribe.invalid' },
);
