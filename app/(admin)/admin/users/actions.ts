'use server';

import { revalidatePath } from 'next/cache';
import { emailExists } from '@/db/queries/users';
import { createUser, findAccount, setUserActive, setUserRole } from '@/db/queries/user-admin';
import { failed, invalid, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { hashPassword } from '@/lib/auth/password';
import { checkAccountChange } from '@/lib/domain/user-admin';
import { createUserSchema, setActiveSchema, setRoleSchema } from '@/lib/validation/users';

/** Creates an account. The form never echoes the password back. */
export const createUserAction = formAction('users:manage', createUserSchema, async (input, { user: actor, values }) => {
  if (emailExists(input.email)) return invalid({ email: { key: 'email-taken' } }, values);
  const { password, ...profile } = input;
  createUser({ ...profile, passwordHash: await hashPassword(password) }, actor.id);
  revalidatePath('/admin/users');
  return ok(null, { key: 'created', values: { email: input.email } });
});

/** Gives another account a new role (never one's own). */
export const setRoleAction = formAction(
  'users:manage',
  setRoleSchema,
  (input, { user: actor }) => {
    const target = findAccount(input.userId);
    const refusal = checkAccountChange(actor.id, target);
    if (refusal || !target) return failed(refusal ?? 'user-not-found');
    setUserRole(target, input.role, actor.id);
    revalidatePath('/admin/users');
    return ok(null, { key: 'roleSaved', values: { name: target.name, role: input.role } });
  },
  { invalidKey: 'role-invalid' },
);

/** Deactivates or reactivates another account (never one's own). */
export const setActiveAction = formAction(
  'users:manage',
  setActiveSchema,
  (input, { user: actor }) => {
    const target = findAccount(input.userId);
    const refusal = checkAccountChange(actor.id, target);
    if (refusal || !target) return failed(refusal ?? 'user-not-found');
    setUserActive(target.id, input.active, actor.id);
    revalidatePath('/admin/users');
    return ok(null, { key: input.active ? 'reactivated' : 'deactivated', values: { name: target.name } });
  },
  { invalidKey: 'invalid' },
);
