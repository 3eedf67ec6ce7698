'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { setNotificationDeliveries } from '@/lib/commands/notification-preferences';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/commands/read-notifications';
import { idSchema, notificationPreferencesSchema } from '@/lib/validation/notifications';

/** Marks one of the signed-in user's notifications read; another user's id answers as not found. */
export const markReadAction = formAction(
  'profile:edit',
  idSchema,
  (input, { user }) => {
    if (!markNotificationRead(user.id, input.id, new Date())) return failed('actionFailed');
    revalidatePath('/', 'layout');
    return ok(null, 'page.markedRead');
  },
  { invalidKey: 'actionFailed' },
);

/** Marks all of the signed-in user's notifications read; the form says so (`all=1`), so a stray post changes nothing. */
export const markAllReadAction = formAction(
  'profile:edit',
  z.object({ all: z.literal('1') }),
  (_input, { user }) => {
    markAllNotificationsRead(user.id, new Date());
    revalidatePath('/', 'layout');
    return ok(null, 'page.allMarkedRead');
  },
  { invalidKey: 'actionFailed' },
);

/** Saves how the signed-in user gets each kind of notification (the profile page's form). */
export const savePreferencesAction = formAction(
  'profile:edit',
  notificationPreferencesSchema,
  (input, { user }) => {
    setNotificationDeliveries(user.id, input, new Date());
    revalidatePath('/profile');
    return ok(null, 'preferences.saved');
  },
  { invalidKey: 'preferences.invalid' },
);
