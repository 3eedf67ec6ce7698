'use server';

import { revalidatePath } from 'next/cache';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { retryEmail } from '@/lib/commands/retry-email';
import { kickDispatcher } from '@/lib/email/dispatcher';
import { idSchema } from '@/lib/validation/notifications';

/** An administrator sends a failed or held email again; the dispatcher runs after the change is saved. */
export const retryEmailAction = formAction(
  'users:manage',
  idSchema,
  (input, { user }) => {
    const result = retryEmail(input.id, user.id, new Date());
    if (result !== 'queued') return failed(result === 'not-retriable' ? 'outbox.notRetriable' : 'page.actionFailed');
    kickDispatcher();
    revalidatePath('/admin/outbox');
    return ok(null, 'outbox.retried');
  },
  { invalidKey: 'page.actionFailed' },
);
